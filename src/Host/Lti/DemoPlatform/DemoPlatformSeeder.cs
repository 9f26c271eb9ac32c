using Insignia.Host.Demo;
using Insignia.Host.Lti.Registrations;
using Microsoft.Extensions.Options;

namespace Insignia.Host.Lti.DemoPlatform;

/// <summary>Registers the demo LMS as an LTI platform when the demo is enabled (once; later starts change nothing).</summary>
internal sealed class DemoPlatformSeeder(IServiceProvider services, IOptions<DemoLmsOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var platforms = scope.ServiceProvider.GetRequiredService<LtiPlatformStore>();
        if (await platforms.FindByNameAsync(DemoPlatformSettings.Platform.Name, cancellationToken) is null)
        {
            await platforms.SaveAsync(DemoPlatformSettings.Platform, createConnection: false, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
