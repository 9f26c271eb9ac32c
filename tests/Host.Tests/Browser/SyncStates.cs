using Microsoft.Playwright;

namespace Insignia.Host.Tests.Browser;

/// <summary>
/// Records every state the sync status block shows, so a test sees the progress of a run (the block already says
/// "succeeded" for the run that seeded the demo before "Sync now" is pressed).
/// </summary>
internal static class SyncStates
{
    private const string Recorder = """
        () => {
          window.syncStates = [];
          new MutationObserver(() => {
            const state = document.querySelector('#sync-status [data-sync]');
            if (state) { window.syncStates.push(state.dataset.sync); }
          }).observe(document.getElementById('sync-status'), { childList: true, subtree: true });
        }
        """;

    public static Task RecordAsync(IPage page) => page.EvaluateAsync(Recorder);

    public static async Task<string[]> UntilFinishedAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.syncStates.some(s => s === 'succeeded' || s === 'failed')");
        return await page.EvaluateAsync<string[]>("() => window.syncStates");
    }
}
