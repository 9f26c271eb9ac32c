using Insignia.Adapters.Canvas.Tests.Infrastructure;
using Insignia.Core.Evidence;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Canvas.Tests.Sync;

public sealed class CanvasEvidenceSourceTests : IClassFixture<CanvasServerFixture>, IAsyncDisposable
{
    private readonly CanvasServerFixture _canvas;
    private readonly CanvasAdapterHost _host;

    public CanvasEvidenceSourceTests(CanvasServerFixture canvas)
    {
        _canvas = canvas;
        _canvas.Reset();
        _host = new CanvasAdapterHost(canvas.Url);
    }

    [Fact]
    public async Task ReadSinceAsync_FullCourse_MapsEveryEvidenceKind()
    {
        _canvas.ServeCourse();

        var records = (await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken)).SelectMany(p => p.Records).ToList();

        Assert.Contains(records, r => r.Kind == EvidenceKind.Score && r.Activity.ToString() == "canvas:assignment:4401" && r.LearnerId == "5501" && r.RawValue == 88 && r.MaxValue == 100);
        Assert.Contains(records, r => r.Kind == EvidenceKind.Score && r.Activity.ToString() == "canvas:quiz:812" && r.RawValue == 18 && r.MaxValue == 20);
        Assert.Contains(records, r => r.Kind == EvidenceKind.OutcomeMastery && r.Activity.ToString() == "canvas:outcome:57" && r.Attempt == "assignment_4401");
        Assert.Contains(records, r => r.Kind == EvidenceKind.OutcomeMastery && r.Activity.ToString() == "canvas:outcome:58" && r.Attempt.Length == 0);
        Assert.Contains(records, r => r.Kind == EvidenceKind.Completion && r.Completion == CompletionState.Passed && r.Activity.ToString() == "canvas:module-item:30012");
        Assert.Contains(records, r => r.Kind == EvidenceKind.Participation && r.Activity.ToString() == "canvas:module-item:30011");
        Assert.Contains(records, r => r.Kind == EvidenceKind.Completion && r.Completion == CompletionState.Complete && r.Activity.ToString() == "canvas:course:101" && r.LearnerId == "5501");
        Assert.Contains(records, r => r.Kind == EvidenceKind.Score && r.Activity.ToString() == "canvas:course-grade:101" && r.LearnerId == "5502" && r.RawValue == 42.7);
    }

    [Fact]
    public async Task ReadSinceAsync_RubricAssessment_OneRecordPerCriterion()
    {
        _canvas.ServeCourse();
        _canvas.Json($"{CanvasServerFixture.CoursePath}/students/submissions", CanvasPayloads.Local("students_submissions_grouped_page2.json"), priority: 1);

        var rubric = (await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken))
            .SelectMany(p => p.Records).Where(r => r.Kind == EvidenceKind.RubricLevel).OrderBy(r => r.Activity.Id, StringComparer.Ordinal).ToList();

        Assert.Collection(
            rubric,
            first => Assert.Equal(("canvas:rubric:4401#_1001", 5.0, (double?)5.0, "rating:r1"), (first.Activity.ToString(), first.RawValue!.Value, first.MaxValue, first.Detail)),
            second => Assert.Equal(("canvas:rubric:4401#_1002", 3.5, (double?)4.0, (string?)null), (second.Activity.ToString(), second.RawValue!.Value, second.MaxValue, second.Detail)));
    }

    [Fact]
    public async Task ReadSinceAsync_EveryRequest_SendsBearerTokenUserAgentAndPerPage100()
    {
        _canvas.ServeCourse();

        await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);

        var requests = _canvas.Requests;
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.Equal($"Bearer {CanvasAdapterHost.Token}", r.RequestMessage.Headers!["Authorization"].ToString()));
        Assert.All(requests, r => Assert.StartsWith("Insignia/1.0", r.RequestMessage.Headers!["User-Agent"].ToString(), StringComparison.Ordinal));
        Assert.All(requests, r => Assert.Equal("100", r.RequestMessage.Query!["per_page"].ToString()));
    }

    [Fact]
    public async Task ReadSinceAsync_SubmissionsRequest_AsksForAllStudentsGroupedWithRubrics()
    {
        _canvas.ServeCourse();

        await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);

        var query = Assert.Single(_canvas.RequestsTo($"{CanvasServerFixture.CoursePath}/students/submissions")).RequestMessage.Query!;
        Assert.Equal(("all", "1", "rubric_assessment"), (query["student_ids[]"].ToString(), query["grouped"].ToString(), query["include[]"].ToString()));
        Assert.False(query.ContainsKey("graded_since"));
    }

    [Fact]
    public async Task ReadSinceAsync_LastPage_CarriesWatermarkCursorAndNoRecords()
    {
        _canvas.ServeCourse();

        var pages = await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);

        Assert.Empty(pages[^1].Records);
        Assert.Contains("\"watermark\"", pages[^1].Cursor.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("\"run\"", pages[^1].Cursor.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadSinceAsync_OutcomeResultsForbidden_SkipsThemAndKeepsTheRest()
    {
        _canvas.ServeCourse();
        _canvas.Json($"{CanvasServerFixture.CoursePath}/outcome_results", CanvasPayloads.Shared("error_401_user_not_authorized.json"), status: 403, priority: 1);

        var records = (await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken)).SelectMany(p => p.Records).ToList();

        Assert.DoesNotContain(records, r => r.Kind == EvidenceKind.OutcomeMastery && r.Attempt.Length > 0);
        Assert.Contains(records, r => r.Kind == EvidenceKind.OutcomeMastery && r.Attempt.Length == 0);
        Assert.Contains(records, r => r.Activity.ToString() == "canvas:course-grade:101");
    }

    [Fact]
    public async Task ReadSinceAsync_BulkProgressMissingOnOlderCanvas_SkipsCourseProgress()
    {
        _canvas.ServeCourse();
        _canvas.Json($"{CanvasServerFixture.CoursePath}/bulk_user_progress", CanvasPayloads.Shared("error_404_not_found.json"), status: 404, priority: 1);

        var records = (await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken)).SelectMany(p => p.Records).ToList();

        Assert.DoesNotContain(records, r => r.Activity.ToString() == "canvas:course:101");
        Assert.Contains(records, r => r.Activity.ToString() == "canvas:assignment:4401");
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();
}
