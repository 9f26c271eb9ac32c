using Insignia.Adapters.Canvas.Tests.Infrastructure;
using Insignia.Core.Evidence;
using Insignia.Core.Ports;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Insignia.Adapters.Canvas.Tests.Sync;

public sealed class CanvasPagingSyncTests : IClassFixture<CanvasServerFixture>, IAsyncDisposable
{
    private const string SubmissionsPath = $"{CanvasServerFixture.CoursePath}/students/submissions";
    private readonly CanvasServerFixture _canvas;
    private readonly CanvasAdapterHost _host;

    public CanvasPagingSyncTests(CanvasServerFixture canvas)
    {
        _canvas = canvas;
        _canvas.Reset();
        _host = new CanvasAdapterHost(canvas.Url);
        _canvas.ServeCourse(submissionsLink: CanvasPayloads.RecordedLinkHeader(canvas.Url));
        ServeBookmarkPage();
    }

    [Fact]
    public async Task ReadSinceAsync_ShortFirstPageWithNextLink_FollowsLinkToLastPage()
    {
        var pages = await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);

        var learners = pages.SelectMany(p => p.Records).Where(r => r.Activity.ToString() == "canvas:assignment:4401").Select(r => r.LearnerId);
        Assert.Equal(["5501", "5502", "5503"], learners.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadSinceAsync_NextLink_RequestedExactlyAsGiven()
    {
        await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);

        var second = _canvas.RequestsTo(SubmissionsPath).Select(r => r.RequestMessage).Single(r => r.Query!.ContainsKey("page"));
        Assert.Equal(("bookmark:Wzc0OTMxMDVd", "5"), (second.Query!["page"].ToString(), second.Query["per_page"].ToString()));
    }

    [Fact]
    public async Task ReadSinceAsync_EachSubmissionsPage_IsItsOwnEvidencePageWithItsLearners()
    {
        var pages = await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);

        var submissionPages = pages.Where(p => p.LearnerIds.Count > 0).Select(p => p.LearnerIds).ToList();
        Assert.Equal([["5501", "5502"], ["5503"]], submissionPages);
    }

    [Fact]
    public async Task ReadSinceAsync_ResumeFromFirstPageCursor_ReadsOnlyTheRest()
    {
        var first = (await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken))[0];
        _canvas.ClearRequests();

        var resumed = await _host.SyncAsync(first.Cursor, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(resumed.SelectMany(p => p.Records), r => r.LearnerId == "5501" && r.Activity.Type == "assignment");
        Assert.Contains(resumed.SelectMany(p => p.Records), r => r.LearnerId == "5503" && r.Kind == EvidenceKind.Score);
        Assert.Single(_canvas.RequestsTo(SubmissionsPath));
    }

    [Fact]
    public async Task ReadSinceAsync_NextLinkToAnotherHost_FailsWithoutSendingToken()
    {
        _canvas.Json(SubmissionsPath, CanvasPayloads.Shared("students_submissions_grouped.json"), priority: 1,
            headers: new Dictionary<string, string> { ["Link"] = CanvasPayloads.RecordedLinkHeader("https://attacker.example") });

        var failure = await Assert.ThrowsAsync<EvidenceSourceException>(() => _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken));

        Assert.Equal(CanvasErrors.ForeignNextLink, failure.Code);
    }

    private void ServeBookmarkPage() => _canvas.Server
        .Given(Request.Create().WithPath(SubmissionsPath).WithParam("page", "bookmark:Wzc0OTMxMDVd").UsingGet())
        .AtPriority(1)
        .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(CanvasPayloads.Local("students_submissions_grouped_page2.json")));

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();
}
