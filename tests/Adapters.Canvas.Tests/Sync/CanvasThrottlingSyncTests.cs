using System.Diagnostics;
using Insignia.Adapters.Canvas.Tests.Infrastructure;
using Insignia.Core.Ports;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Insignia.Adapters.Canvas.Tests.Sync;

public sealed class CanvasThrottlingSyncTests : IClassFixture<CanvasServerFixture>, IAsyncDisposable
{
    private const string SubmissionsPath = $"{CanvasServerFixture.CoursePath}/students/submissions";
    private const string Bookmark = "bookmark:Wzc0OTMxMDVd";
    private const string RateLimitBody = "403 Forbidden (Rate Limit Exceeded)";
    private readonly CanvasServerFixture _canvas;
    private readonly CanvasAdapterHost _host;

    public CanvasThrottlingSyncTests(CanvasServerFixture canvas)
    {
        _canvas = canvas;
        _canvas.Reset();
        _host = new CanvasAdapterHost(canvas.Url);
        _canvas.ServeCourse();
        _canvas.Json(SubmissionsPath, CanvasPayloads.Shared("students_submissions_grouped.json"), priority: 5, headers: new Dictionary<string, string>
        {
            ["Link"] = CanvasPayloads.RecordedLinkHeader(canvas.Url),
            ["X-Request-Cost"] = CanvasPayloads.RecordedRequestCost(),
            ["X-Rate-Limit-Remaining"] = "0.0",
        });
    }

    [Fact]
    public async Task ReadSinceAsync_RemainingZeroThen403RateLimitThen429_CompletesWithSameEvidence()
    {
        ServeThrottledThenOk(Response.Create().WithStatusCode(403).WithHeader("Content-Type", "text/plain").WithBody(RateLimitBody),
            Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        var throttled = Records(await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken));
        _canvas.Server.ResetScenario("throttle");
        ServeOk();

        var calm = Records(await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken));

        Assert.Equal(calm, throttled);
    }

    [Fact]
    public async Task ReadSinceAsync_ThrottledTwice_RetriesTheSamePageUntilItSucceeds()
    {
        ServeThrottledThenOk(Response.Create().WithStatusCode(403).WithBody(RateLimitBody), Response.Create().WithStatusCode(429));

        await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);

        var bookmarkCalls = _canvas.RequestsTo(SubmissionsPath).Count(r => r.RequestMessage.Query!.ContainsKey("page"));
        Assert.Equal(3, bookmarkCalls);
    }

    [Fact]
    public async Task ReadSinceAsync_429WithRetryAfter_WaitsAtLeastThatLong()
    {
        ServeThrottledThenOk(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"), Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        var clock = Stopwatch.StartNew();

        await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9), $"Retry-After was not honoured: the sync took {clock.Elapsed}.");
    }

    [Fact]
    public async Task ReadSinceAsync_PermissionForbidden_FailsClearlyWithoutRetrying()
    {
        _canvas.Json(SubmissionsPath, CanvasPayloads.Shared("error_401_user_not_authorized.json"), status: 403, priority: 1);

        var failure = await Assert.ThrowsAsync<EvidenceSourceException>(() => _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken));

        Assert.Equal((CanvasErrors.Forbidden, 403, false), (failure.Code, failure.StatusCode, failure.IsTransient));
        Assert.Contains("View all grades", failure.Message, StringComparison.Ordinal);
        Assert.Single(_canvas.RequestsTo(SubmissionsPath));
    }

    [Fact]
    public async Task ReadSinceAsync_OlderCanvas401NotAuthorized_IsForbiddenNotBadToken()
    {
        _canvas.Json(SubmissionsPath, CanvasPayloads.Shared("error_401_user_not_authorized.json"), status: 401, priority: 1);

        var failure = await Assert.ThrowsAsync<EvidenceSourceException>(() => _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken));

        Assert.Equal(CanvasErrors.Forbidden, failure.Code);
    }

    [Fact]
    public async Task ReadSinceAsync_InvalidToken_FailsWithInvalidAccessToken()
    {
        _canvas.Json($"{CanvasServerFixture.CoursePath}/assignments", CanvasPayloads.Shared("error_401_invalid_access_token.json"), status: 401, priority: 1);

        var failure = await Assert.ThrowsAsync<EvidenceSourceException>(() => _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken));

        Assert.Equal((CanvasErrors.InvalidAccessToken, "canvas"), (failure.Code, failure.Platform));
        Assert.DoesNotContain(CanvasAdapterHost.Token, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadSinceAsync_CourseNotFound_FailsWithNotFound()
    {
        _canvas.Json($"{CanvasServerFixture.CoursePath}/assignments", CanvasPayloads.Shared("error_404_not_found.json"), status: 404, priority: 1);

        var failure = await Assert.ThrowsAsync<EvidenceSourceException>(() => _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken));

        Assert.Equal(CanvasErrors.NotFound, failure.Code);
    }

    [Fact]
    public async Task ReadSinceAsync_ThrottledOnEveryRetry_FailsAsTransientThrottled()
    {
        _canvas.Json(SubmissionsPath, "[]", status: 429, priority: 1, headers: new Dictionary<string, string> { ["Retry-After"] = "0" });

        var failure = await Assert.ThrowsAsync<EvidenceSourceException>(() => _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken));

        Assert.Equal((CanvasErrors.Throttled, true), (failure.Code, failure.IsTransient));
    }

    [Fact]
    public async Task ReadSinceAsync_RemainingBelowWatermark_HoldsNextRequestUntilBucketHasDrained()
    {
        ServeOk();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var paced = new CanvasAdapterHost(_canvas.Url, new Dictionary<string, string?> { ["RateLimitLeakPerSecond"] = "10", ["AttemptTimeout"] = "00:00:30" }, time);
        var sync = paced.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);

        // Step the clock a second at a time until the page after the "remaining 0" one is asked for.
        var advanced = TimeSpan.Zero;
        while (!sync.IsCompleted && BookmarkCalls() == 0 && advanced < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(25), TimeProvider.System, TestContext.Current.CancellationToken);
            if (_canvas.RequestsTo(SubmissionsPath).Any() && BookmarkCalls() == 0)
            {
                time.Advance(TimeSpan.FromSeconds(1));
                advanced += TimeSpan.FromSeconds(1);
            }
        }

        await sync;

        // (200 - 0) units below the watermark at 10 units/s = 20 s; the first second may pass before the response is read.
        Assert.True(advanced >= TimeSpan.FromSeconds(19), $"The next page was asked for after only {advanced} of simulated time.");
    }

    private int BookmarkCalls() => _canvas.RequestsTo(SubmissionsPath).Count(r => r.RequestMessage.Query!.ContainsKey("page"));

    private static List<string> Records(IEnumerable<EvidencePage> pages) =>
        [.. pages.SelectMany(p => p.Records).Select(r => $"{r.Key}|{Core.Evidence.EvidenceContentHash.Compute(r)}").Order(StringComparer.Ordinal)];

    private void ServeThrottledThenOk(IResponseBuilder first, IResponseBuilder second)
    {
        var page = Request.Create().WithPath(SubmissionsPath).WithParam("page", Bookmark).UsingGet();
        _canvas.Server.Given(page).AtPriority(1).InScenario("throttle").WillSetStateTo("second").RespondWith(first);
        _canvas.Server.Given(page).AtPriority(1).InScenario("throttle").WhenStateIs("second").WillSetStateTo("ok").RespondWith(second);
        _canvas.Server.Given(page).AtPriority(1).InScenario("throttle").WhenStateIs("ok").RespondWith(
            Response.Create().WithHeader("Content-Type", "application/json").WithHeader("X-Rate-Limit-Remaining", "650.5")
                .WithBody(CanvasPayloads.Local("students_submissions_grouped_page2.json")));
    }

    private void ServeOk() => _canvas.Server
        .Given(Request.Create().WithPath(SubmissionsPath).WithParam("page", Bookmark).UsingGet())
        .AtPriority(0)
        .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(CanvasPayloads.Local("students_submissions_grouped_page2.json")));

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();
}
