using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle.Tests.Http;

[Collection(TimingSensitiveCollection.Name)]
public sealed class MoodleResilienceTests : IClassFixture<MoodleServerFixture>
{
    private const string SiteInfo = "core_webservice_get_site_info";
    private readonly MoodleServerFixture _server;

    public MoodleResilienceTests(MoodleServerFixture server)
    {
        _server = server;
        _server.Reset();
    }

    [Fact]
    public async Task ProbeAsync_503ThenSuccess_RetriesAndSucceeds()
    {
        _server.Site.Script(SiteInfo, new MoodleReply(503, "busy"), new MoodleReply(502, "bad gateway"));
        await using var host = new MoodleTestHost(_server);

        var result = await host.Probe.ProbeAsync(host.Connection, TestContext.Current.CancellationToken);

        Assert.True(result.Reachable);
        Assert.Equal(3, _server.Calls(SiteInfo).Count);
    }

    [Fact]
    public async Task ProbeAsync_429WithRetryAfter_WaitsTheAnnouncedTimeBeforeRetrying()
    {
        _server.Site.Script(SiteInfo, new MoodleReply(429, string.Empty, new Dictionary<string, string> { ["Retry-After"] = "1" }));
        await using var host = new MoodleTestHost(_server); // back-off base is 10 ms, so only Retry-After explains a 1 s gap

        var result = await host.Probe.ProbeAsync(host.Connection, TestContext.Current.CancellationToken);

        Assert.True(result.Reachable);
        var times = _server.Calls(SiteInfo).Select(c => c.ReceivedAt).ToList();
        Assert.Equal(2, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(950), $"retried after {(times[1] - times[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task ProbeAsync_PersistentServerError_ThrowsTransientServerErrorAfterRetries()
    {
        _server.Site.Override(SiteInfo, new MoodleReply(500, "boom"));
        await using var host = new MoodleTestHost(_server, new Dictionary<string, string?> { ["MaxRetryAttempts"] = "2" });

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.Probe.ProbeAsync(host.Connection, TestContext.Current.CancellationToken));

        Assert.Equal(("server_error", true, 500), (error.Code, error.IsTransient, error.StatusCode!.Value));
        Assert.Equal(3, _server.Calls(SiteInfo).Count);
    }

    [Fact]
    public async Task ProbeAsync_AfterRepeatedFailures_OpensCircuitWithoutCallingTheSite()
    {
        _server.Site.Override(SiteInfo, new MoodleReply(500, "boom"));
        await using var host = new MoodleTestHost(_server, new Dictionary<string, string?>
        {
            ["MaxRetryAttempts"] = "0",
            ["CircuitBreakerMinimumThroughput"] = "2",
        });
        var ct = TestContext.Current.CancellationToken;
        await Assert.ThrowsAsync<EvidenceSourceException>(() => host.Probe.ProbeAsync(host.Connection, ct));
        await Assert.ThrowsAsync<EvidenceSourceException>(() => host.Probe.ProbeAsync(host.Connection, ct));

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.Probe.ProbeAsync(host.Connection, ct));

        Assert.Equal(("circuit_open", true), (error.Code, error.IsTransient));
        Assert.Equal(2, _server.Calls(SiteInfo).Count);
    }

    [Fact]
    public async Task ProbeAsync_NothingListening_ThrowsTransientSiteUnreachable()
    {
        await using var host = new MoodleTestHost(_server);
        host.Connection = host.Connection with { BaseUrl = new Uri("http://127.0.0.1:9") }; // discard port: connection refused

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.Probe.ProbeAsync(host.Connection, TestContext.Current.CancellationToken));

        Assert.Equal(("site_unreachable", true), (error.Code, error.IsTransient));
    }

    [Fact]
    public async Task ReadSinceAsync_InvalidTokenBody_IsNotRetried()
    {
        _server.Site.Override(SiteInfo, MoodleReply.Json(MoodleFixtureFiles.Captured("error__invalid_token")));
        await using var host = new MoodleTestHost(_server);

        await Assert.ThrowsAsync<EvidenceSourceException>(() => host.SyncRecordsAsync());

        Assert.Single(_server.Calls(SiteInfo));
    }

    [Fact]
    public async Task ProbeAsync_SlowSite_TimesOutWithTypedError()
    {
        _server.Latency = TimeSpan.FromMilliseconds(800);
        await using var host = new MoodleTestHost(_server, new Dictionary<string, string?>
        {
            ["AttemptTimeout"] = "00:00:00.200",
            ["TotalTimeout"] = "00:00:00.500",
            ["MaxRetryAttempts"] = "1",
        });

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.Probe.ProbeAsync(host.Connection, TestContext.Current.CancellationToken));

        Assert.Equal(("timeout", true), (error.Code, error.IsTransient));
    }

    [Fact]
    public async Task Reset_AfterCallsAbandonedOnTimeout_LeavesNoCallsForTheNextTest()
    {
        _server.Latency = TimeSpan.FromMilliseconds(600);
        await using var host = new MoodleTestHost(_server, new Dictionary<string, string?>
        {
            ["AttemptTimeout"] = "00:00:00.100",
            ["TotalTimeout"] = "00:00:00.300",
            ["MaxRetryAttempts"] = "1",
        });
        await Assert.ThrowsAsync<EvidenceSourceException>(() => host.Probe.ProbeAsync(host.Connection, TestContext.Current.CancellationToken));

        _server.Reset();
        await Task.Delay(TimeSpan.FromMilliseconds(900), TestContext.Current.CancellationToken); // the abandoned replies finish now

        Assert.Empty(_server.Calls());
    }
}
