using Insignia.Host.Tests.Infrastructure;

namespace Insignia.Host.Tests.Web;

public sealed class HealthTests : IClassFixture<InsigniaAppFactory>
{
    private readonly InsigniaAppFactory _app;

    public HealthTests(InsigniaAppFactory app) => _app = app;

    [Fact]
    public async Task Health_WithDatabase_IsHealthy()
    {
        var response = await _app.CreateClient().GetStringAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("Healthy", response);
    }
}
