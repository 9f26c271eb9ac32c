using Insignia.Host.Cli;
using Insignia.Host.Demo;
using Insignia.Host.Persistence;

namespace Insignia.Host.Defaults;

/// <summary>Runs a CLI verb with the host's services: migrate and seed as the server would, but bind no port.</summary>
internal static class HostStartup
{
    public static async Task<int> RunCliAsync(WebApplication app, string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        foreach (var startup in app.Services.GetServices<IHostedService>().Where(s => s is DatabaseMigrator or DemoSeeder))
        {
            await startup.StartAsync(cancellation.Token);
        }

        var interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        return await InsigniaCli.RunAsync(args, app.Services, Console.Out, Console.Error, interactive, cancellation.Token);
    }
}
