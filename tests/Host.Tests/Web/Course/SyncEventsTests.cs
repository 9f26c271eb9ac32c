using Insignia.Host.Sync;
using Insignia.Host.Web;
using Insignia.Host.Web.Course;
using Microsoft.Extensions.Time.Testing;

namespace Insignia.Host.Tests.Web.Course;

/// <summary>The sync event stream's loop: one event per change, an end event, and no polling after the client leaves.</summary>
public sealed class SyncEventsTests
{
    private static readonly SyncRunState Running = new(SyncStatus.Running, "evidence", 1, 10, 2);

    [Fact]
    public async Task StreamAsync_RunThatSucceeds_SendsEachChangeOnceThenEnd()
    {
        var time = new FakeTimeProvider();
        var states = new Queue<SyncRunState?>([Running, Running, Running with { Pages = 2 }, new SyncRunState(SyncStatus.Succeeded, "done", 2, 20, 4)]);

        var events = await ReadAllAsync(SyncEvents.StreamAsync(_ => Task.FromResult(states.Dequeue()), UiLanguage.English, time, TestContext.Current.CancellationToken), time, SyncEvents.Interval);

        Assert.Equal(["status", "status", "status", "end"], events);
    }

    [Fact]
    public async Task StreamAsync_ClientGoneDuringARun_StopsPolling()
    {
        var time = new FakeTimeProvider();
        var polls = 0;
        using var disconnect = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var events = SyncEvents.StreamAsync(_ => Task.FromResult<SyncRunState?>(Running with { Pages = Interlocked.Increment(ref polls) }), UiLanguage.English, time, disconnect.Token)
            .GetAsyncEnumerator(disconnect.Token);
        Assert.True(await events.MoveNextAsync());
        var waiting = events.MoveNextAsync().AsTask();

        await disconnect.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, Volatile.Read(ref polls));
    }

    [Fact]
    public async Task StreamAsync_RunLongerThanTheLimit_EndsTheStream()
    {
        var time = new FakeTimeProvider();

        var events = await ReadAllAsync(SyncEvents.StreamAsync(_ => Task.FromResult<SyncRunState?>(Running), UiLanguage.English, time, TestContext.Current.CancellationToken), time, SyncEvents.MaxDuration);

        Assert.Equal(["status", "end"], events);
    }

    /// <summary>Reads every event, moving the fake clock by <paramref name="step"/> whenever the stream waits (bounded).</summary>
    private static async Task<List<string>> ReadAllAsync(IAsyncEnumerable<System.Net.ServerSentEvents.SseItem<string>> stream, FakeTimeProvider time, TimeSpan step)
    {
        var events = new List<string>();
        await using var enumerator = stream.GetAsyncEnumerator(TestContext.Current.CancellationToken);
        while (true)
        {
            var next = enumerator.MoveNextAsync().AsTask();
            for (var i = 0; i < 100 && !next.IsCompleted; i++)
            {
                time.Advance(step);
                await Task.Yield();
            }

            if (!await next)
            {
                return events;
            }

            events.Add(enumerator.Current.EventType!);
        }
    }
}
