using Insignia.Core.Achievements;
using Insignia.Core.Ports;
using Insignia.Host.Connections;
using Insignia.Host.Definitions;
using Insignia.Host.Sync;
using Microsoft.Extensions.Options;

namespace Insignia.Host.Demo;

/// <summary>
/// On first start, registers the demo connection and the demo course's credential definition, then syncs the
/// course so the instructor and learner views have decisions to show. Later starts change nothing.
/// </summary>
internal sealed class DemoSeeder(IServiceProvider services, IOptions<DemoLmsOptions> options, ILogger<DemoSeeder> logger) : IHostedService
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var connections = scope.ServiceProvider.GetRequiredService<ConnectionStore>();
        if (await connections.FindAsync(DemoCourse.Connection, cancellationToken) is not null)
        {
            return;
        }

        await connections.AddAsync(DemoCourse.Connection, PlatformKind.Demo, new Uri("http://127.0.0.1/demo-lms"), secret: null, settings: null, cancellationToken);
        var definition = CredentialDefinitionReader.Read(DemoCourse.DefinitionJson).Value
            ?? throw new InvalidOperationException("The demo definition does not parse.");
        var activities = DemoCourse.Activities.Select(a => a.Key).ToHashSet();
        var saved = await scope.ServiceProvider.GetRequiredService<DefinitionStore>().SaveAsync(definition, activities, cancellationToken);
        if (!saved.IsSaved)
        {
            throw new InvalidOperationException($"The demo definition was refused: {string.Join("; ", saved.Errors)}");
        }

        await scope.ServiceProvider.GetRequiredService<SyncService>().RunAsync(DemoCourse.Connection, DemoCourse.CourseId, progress: null, cancellationToken);
        Log.DemoSeeded(logger, DemoCourse.Connection, DemoCourse.CourseId);
    }

    public Task StartAsync(CancellationToken cancellationToken) => SeedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
