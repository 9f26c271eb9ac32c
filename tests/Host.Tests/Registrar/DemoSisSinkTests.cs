using Insignia.Core.Transcripts;
using Insignia.Host.Demo;

namespace Insignia.Host.Tests.Registrar;

/// <summary>The demo SIS keeps one line per idempotency key.</summary>
public sealed class DemoSisSinkTests
{
    private static readonly TranscriptEntry Entry = new("insignia-transcript-1", "1001", "demo/OBP101", "2026-2", Guid.NewGuid(), "Fundamentos", 1m, new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task PostAsync_SameKeyTwice_OneLineSameIdNotCreatedAgain()
    {
        var sis = new DemoSisSink();
        var first = await sis.PostAsync(Entry, TestContext.Current.CancellationToken);

        var second = await sis.PostAsync(Entry, TestContext.Current.CancellationToken);

        Assert.Equal((1, true, false, first.SisResultId), (sis.Count, first.Created, second.Created, second.SisResultId));
    }

    [Fact]
    public async Task PostAsync_NoCredits_Refused()
    {
        var sis = new DemoSisSink();

        await Assert.ThrowsAsync<TranscriptSinkException>(() => sis.PostAsync(Entry with { Credits = 0 }, TestContext.Current.CancellationToken));
    }
}
