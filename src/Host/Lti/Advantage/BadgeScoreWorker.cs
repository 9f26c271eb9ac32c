namespace Insignia.Host.Lti.Advantage;

/// <summary>Publishes "badge earned" scores for queued credentials, one at a time, in the background.</summary>
internal sealed class BadgeScoreWorker(BadgeScoreQueue queue, IServiceScopeFactory scopes) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var notice in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IssuedBadgeScores>().PublishAsync(notice, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }
}
