using Insignia.Host.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Insignia.Host.Tests.Lti;

public sealed class LtiToolOptionsTests
{
    [Fact]
    public void Start_ClockSkewOverTenMinutes_FailsValidation()
    {
        using var app = new InsigniaAppFactory();
        app.Settings["Insignia:Lti:ClockSkew"] = "01:00:00";

        Assert.ThrowsAny<OptionsValidationException>(() => app.Services);
    }
}
