using Microsoft.Extensions.Options;

namespace Insignia.Host.Issuer;

/// <summary>
/// Runs the configured number of issuance loops; each drains the outbox (pipelined, see
/// <see cref="IssuanceProcessor.DrainAsync"/>) and pauses (on <see cref="TimeProvider"/>) when it is empty.
/// </summary>
internal sealed class IssuanceWorker(IServiceScopeFactory scopes, TimeProvider time, IOptions<IssuanceProcessorOptions> options, ILogger<IssuanceWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(i => LoopAsync($"{Environment.MachineName}-{Environment.ProcessId}-{i}", stoppingToken)));

    private async Task LoopAsync(string workerId, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var settled = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                settled = await scope.ServiceProvider.GetRequiredService<IssuanceProcessor>().DrainAsync(workerId, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.IssuanceRoundFailed(logger, ex);
            }

            if (settled == 0)
            {
                try
                {
                    await Task.Delay(options.Value.IdleDelay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
