using Insignia.Adapters.Canvas.Tests.Infrastructure;
using Insignia.Core.Ports;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Insignia.Adapters.Canvas.Tests.Sync;

public sealed class CanvasIncrementalSyncTests : IClassFixture<CanvasServerFixture>, IAsyncDisposable
{
    private const string SubmissionsPath = $"{CanvasServerFixture.CoursePath}/students/submissions";
    private static readonly DateTimeOffset FirstSyncAt = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CanvasServerFixture _canvas;
    private readonly FakeTimeProvider _time = new(FirstSyncAt);
    private readonly CanvasAdapterHost _host;

    public CanvasIncrementalSyncTests(CanvasServerFixture canvas)
    {
        _canvas = canvas;
        _canvas.Reset();
        _host = new CanvasAdapterHost(canvas.Url, time: _time);
        _canvas.ServeCourse();
        _canvas.Server
            .Given(Request.Create().WithPath(SubmissionsPath).WithParam("graded_since").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(CanvasPayloads.Local("students_submissions_grouped_page2.json")));
    }

    [Fact]
    public async Task ReadSinceAsync_SecondSync_SendsGradedSinceOfFirstSyncStartLessOverlap()
    {
        var first = await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);
        _canvas.ClearRequests();

        await _host.SyncAsync(first[^1].Cursor, TestContext.Current.CancellationToken);

        var request = Assert.Single(_canvas.RequestsTo(SubmissionsPath)).RequestMessage;
        Assert.Equal("2024-05-31T23:55:00Z", request.Query!["graded_since"].ToString());
    }

    [Fact]
    public async Task ReadSinceAsync_SecondSync_MapsOnlyTheChangedSubmissions()
    {
        var first = await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);

        var second = await _host.SyncAsync(first[^1].Cursor, TestContext.Current.CancellationToken);

        var assignmentLearners = second.SelectMany(p => p.Records).Where(r => r.Activity.Type == "assignment").Select(r => r.LearnerId).Distinct();
        Assert.Equal(["5503"], assignmentLearners);
    }

    [Fact]
    public async Task ReadSinceAsync_UnpostedGradeSeen_NextWatermarkReachesBackToIt()
    {
        var first = await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);
        var second = await _host.SyncAsync(first[^1].Cursor, TestContext.Current.CancellationToken);
        _canvas.ClearRequests();

        await _host.SyncAsync(second[^1].Cursor, TestContext.Current.CancellationToken);

        // 5503's grade on 4403 was graded 2024-05-09T12:00Z but not posted: posting it will not move graded_at.
        var request = Assert.Single(_canvas.RequestsTo(SubmissionsPath)).RequestMessage;
        Assert.Equal("2024-05-09T12:00:00Z", request.Query!["graded_since"].ToString());
    }

    [Fact]
    public async Task ReadSinceAsync_SameCourseTwice_ProducesIdenticalRecords()
    {
        var first = await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromHours(1));

        var again = await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);

        Assert.Equal(first.SelectMany(p => p.Records), again.SelectMany(p => p.Records));
    }

    [Fact]
    public async Task ReadSinceAsync_LearnerListedWithoutChangedSubmissions_IsNotReadFurther()
    {
        const string page = """[{"user_id":5501,"section_id":2101,"submissions":[]},{"user_id":5502,"section_id":2101,"submissions":[]}]""";
        _canvas.Json(SubmissionsPath, page, priority: 0);

        var pages = await _host.SyncAsync(new Canvas.Sync.CanvasSyncCursor { Watermark = FirstSyncAt }.ToSyncCursor(), TestContext.Current.CancellationToken);

        Assert.Empty(_canvas.RequestsTo($"{CanvasServerFixture.CoursePath}/modules"));
        Assert.Empty(pages[0].LearnerIds);
    }

    [Fact]
    public async Task ReadSinceAsync_ForeignCursor_FailsWithInvalidCursor()
    {
        var failure = await Assert.ThrowsAsync<EvidenceSourceException>(
            () => _host.SyncAsync(new SyncCursor("{\"since\":12}"), TestContext.Current.CancellationToken));

        Assert.Equal(CanvasErrors.InvalidCursor, failure.Code);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();
}
