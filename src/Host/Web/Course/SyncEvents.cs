using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Insignia.Host.Persistence;
using Insignia.Host.Sync;

namespace Insignia.Host.Web.Course;

/// <summary>
/// The sync status as server-sent events: a <c>status</c> event (the status block's HTML) whenever it changes, then one
/// <c>end</c> event when the run is over. The stream stops when the client goes away (request aborted) or after
/// <see cref="MaxDuration"/>, so no loop outlives its request.
/// </summary>
internal static class SyncEvents
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(30);

    public static IAsyncEnumerable<SseItem<string>> StreamAsync(UiRequest ui, SyncRunner sync, InsigniaDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        StreamAsync(ct => sync.StatusAsync(db, ui.Session.PlatformName, ui.Session.ContextId, ct), ui.Language, time, cancellationToken);

    /// <summary>The events for whatever <paramref name="status"/> reports; it is asked again every <see cref="Interval"/> until the run is over.</summary>
    public static async IAsyncEnumerable<SseItem<string>> StreamAsync(
        Func<CancellationToken, Task<SyncRunState?>> status, string language, TimeProvider time, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        string? last = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var state = await status(cancellationToken);
            var html = SyncStatusText.Render(language, state);
            if (html != last)
            {
                last = html;
                yield return new SseItem<string>(html, "status");
            }

            if (state?.Status != SyncStatus.Running || time.GetElapsedTime(started) > MaxDuration)
            {
                yield return new SseItem<string>(state?.Status ?? "none", "end");
                yield break;
            }

            await Task.Delay(Interval, time, cancellationToken);
        }
    }
}
