using Insignia.Host.Lti.Launch;
using Insignia.Host.Lti.Launch.Steps;
using Insignia.Host.Tests.Lti.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Lti.Launch;

[Collection(LtiHostCollection.Name)]
public sealed class LaunchValidationStepsTests(LtiHostFixture host)
{
    [Fact]
    public void Default_Order_IsTheDocumentedChecklist()
    {
        Type[] expected =
        [
            typeof(ValidateState), typeof(ResolvePlatform), typeof(ValidateSignature), typeof(ValidateAudience),
            typeof(ValidateLifetime), typeof(ValidateNonce), typeof(ValidateDeployment), typeof(ValidateMessageType),
        ];

        Assert.Equal(expected, LaunchValidationSteps.Default);
    }

    [Fact]
    public async Task Validator_StepsFromServices_RunInDefaultOrderThousandApart()
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        var steps = scope.ServiceProvider.GetRequiredService<LaunchValidator>().Steps;

        Assert.Equal(LaunchValidationSteps.Default, steps.Select(s => s.GetType()));
        Assert.All(steps.Zip(steps.Skip(1)), pair => Assert.Equal(1_000, pair.Second.Order - pair.First.Order));
    }
}
