using Insignia.Adapters.Canvas.Tests.Infrastructure;
using Insignia.Core.Ports;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Insignia.Adapters.Canvas.Tests.Http;

public sealed class CanvasResilienceTests : IClassFixture<CanvasServerFixture>, IAsyncDisposable
{
    private const string AssignmentsPath = $"{CanvasServerFixture.CoursePath}/assignments";
    private readonly CanvasServerFixture _canvas;
    private readonly CanvasAdapterHost _host;

    public CanvasResilienceTests(CanvasServerFixture canvas)
    {
        _canvas = canvas;
        _canvas.Reset();
        _host = new CanvasAdapterHost(canvas.Url, new Dictionary<string, string?> { ["MaxRetryAttempts"] = "2" });
        _canvas.ServeCourse();
    }

    [Fact]
    public async Task ReadSinceAsync_Two503ThenOk_RetriesAndSucceeds()
    {
        var request = Request.Create().WithPath(AssignmentsPath).UsingGet();
        _canvas.Server.Given(request).AtPriority(1).InScenario("outage").WillSetStateTo("still").RespondWith(Response.Create().WithStatusCode(503));
        _canvas.Server.Given(request).AtPriority(1).InScenario("outage").WhenStateIs("still").WillSetStateTo("over").RespondWith(Response.Create().WithStatusCode(502));

        var pages = await _host.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken);

        Assert.Equal(3, _canvas.RequestsTo(AssignmentsPath).Count());
        Assert.Contains(pages.SelectMany(p => p.Records), r => r.Activity.ToString() == "canvas:assignment:4401");
    }

    [Fact]
    public async Task ReadSinceAsync_PersistentOutage_OpensCircuitAndStopsCallingCanvas()
    {
        await using var fragile = new CanvasAdapterHost(_canvas.Url, new Dictionary<string, string?>
        {
            ["CircuitBreakerMinimumThroughput"] = "2",
            ["CircuitBreakerBreakDuration"] = "00:01:00",
            ["MaxRetryAttempts"] = "1",
        });
        _canvas.Json(AssignmentsPath, "{}", status: 500, priority: 1);
        await Assert.ThrowsAsync<EvidenceSourceException>(() => fragile.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken));
        var calls = _canvas.RequestsTo(AssignmentsPath).Count();

        var failure = await Assert.ThrowsAsync<EvidenceSourceException>(() => fragile.SyncAsync(SyncCursor.Start, TestContext.Current.CancellationToken));

        Assert.Equal((CanvasErrors.CircuitOpen, true), (failure.Code, failure.IsTransient));
        Assert.Equal(calls, _canvas.RequestsTo(AssignmentsPath).Count());
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();
}
