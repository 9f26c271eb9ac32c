using Insignia.Adapters.Canvas.Tests.Infrastructure;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Canvas.Tests.Catalog;

public sealed class CanvasConnectionProbeTests : IClassFixture<CanvasServerFixture>, IAsyncDisposable
{
    private readonly CanvasServerFixture _canvas;
    private readonly CanvasAdapterHost _host;

    public CanvasConnectionProbeTests(CanvasServerFixture canvas)
    {
        _canvas = canvas;
        _canvas.Reset();
        _canvas.ServeCourse();
        _host = new CanvasAdapterHost(canvas.Url);
    }

    [Fact]
    public async Task ProbeAsync_ValidToken_IsReachableWithUsableCalls()
    {
        var result = await _host.Probe.ProbeAsync(_host.Connection, TestContext.Current.CancellationToken);

        Assert.True(result.Reachable);
        Assert.Equal(["GET /api/v1/users/self", "GET /api/v1/courses"], result.UsableFunctions);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task ProbeAsync_InvalidToken_ReportsWhatToDoAndIsUnreachable()
    {
        _canvas.Json("/api/v1/users/self", CanvasPayloads.Shared("error_401_invalid_access_token.json"), status: 401, priority: 1);

        var result = await _host.Probe.ProbeAsync(_host.Connection, TestContext.Current.CancellationToken);

        Assert.False(result.Reachable);
        Assert.Contains("access token", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_NoSecretStored_ReportsMissingSecret()
    {
        _host.Connection = _host.Connection with { SecretReference = "nothing-here" };

        var result = await _host.Probe.ProbeAsync(_host.Connection, TestContext.Current.CancellationToken);

        Assert.False(result.Reachable);
        Assert.Contains("nothing-here", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_CourseWithoutOutcomePermission_ListsOutcomesAsDegraded()
    {
        _canvas.Json($"{CanvasServerFixture.CoursePath}/outcome_results", CanvasPayloads.Shared("error_401_user_not_authorized.json"), status: 403, priority: 1);
        var connection = _host.Connection with { Settings = new Dictionary<string, string> { ["course"] = "101" } };

        var result = await _host.Probe.ProbeAsync(connection, TestContext.Current.CancellationToken);

        Assert.True(result.Reachable);
        Assert.StartsWith("GET outcome_results", Assert.Single(result.DegradedFeatures), StringComparison.Ordinal);
        Assert.Contains("GET students/submissions", result.UsableFunctions);
    }

    [Fact]
    public async Task ProbeAsync_PlainHttpNotAllowed_ReportsInsecureUrl()
    {
        await using var strict = new CanvasAdapterHost(_canvas.Url, new Dictionary<string, string?> { ["AllowInsecureHttp"] = "false" });

        var result = await strict.Probe.ProbeAsync(strict.Connection, TestContext.Current.CancellationToken);

        Assert.False(result.Reachable);
        Assert.Contains("https://", Assert.Single(result.Problems), StringComparison.Ordinal);
        Assert.Empty(_canvas.Requests);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();
}
