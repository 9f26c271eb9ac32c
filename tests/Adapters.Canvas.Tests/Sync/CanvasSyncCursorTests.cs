using Insignia.Adapters.Canvas.Sync;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Canvas.Tests.Sync;

public sealed class CanvasSyncCursorTests
{
    [Fact]
    public void Parse_WrittenCursor_RoundTrips()
    {
        var cursor = new CanvasSyncCursor
        {
            Watermark = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero),
            Run = new CanvasSyncRun { StartedAt = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), Phase = CanvasSyncPhase.Quizzes, QuizId = 812, Next = new Uri("https://canvas.example.edu/x?page=bookmark:abc") },
        };

        var parsed = CanvasSyncCursor.Parse(cursor.ToSyncCursor(), "canvas-test");

        Assert.Equal(cursor with { Version = CanvasSyncCursor.CurrentVersion }, parsed);
    }

    [Fact]
    public void Parse_Start_IsAFullSync()
    {
        var parsed = CanvasSyncCursor.Parse(SyncCursor.Start, "canvas-test");

        Assert.Equal(((DateTimeOffset?)null, (CanvasSyncRun?)null), (parsed.Watermark, parsed.Run));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"v\":99}")]
    [InlineData("[]")]
    public void Parse_ForeignText_IsInvalidCursor(string text)
    {
        var failure = Assert.Throws<EvidenceSourceException>(() => CanvasSyncCursor.Parse(new SyncCursor(text), "canvas-test"));

        Assert.Equal(CanvasErrors.InvalidCursor, failure.Code);
    }
}
