using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace Insignia.Adapters.Moodle.Tests.Infrastructure;

/// <summary>
/// A WireMock.Net server on 127.0.0.1 that plays a Moodle 4.3 site from the real captures in
/// shared/fixtures/moodle-4.3 (read in place), routed by <see cref="MoodleFakeSite"/>.
/// </summary>
public sealed class MoodleServerFixture : IAsyncLifetime
{
    private readonly ConcurrentQueue<MoodleCall> _received = new();
    private WireMockServer? _server;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1");

    internal MoodleFakeSite Site { get; } = new();

    /// <summary>
    /// Gets or sets the latency every response waits (asynchronously, after the call is recorded) before it is sent.
    /// </summary>
    public TimeSpan Latency { get; set; }

    internal WireMockServer Server => _server ?? throw new InvalidOperationException("The fixture is not started.");

    public ValueTask InitializeAsync()
    {
        var port = FreePort();
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{port}"] });
        BaseUrl = new Uri($"http://127.0.0.1:{port}");
        Map();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _server?.Stop();
        _server?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Clears the request log and the site's overrides; call at the start of each test.</summary>
    public void Reset()
    {
        ClearCalls();
        Site.Reset();
        Latency = TimeSpan.Zero;
    }

    /// <summary>Forgets the calls received so far (the site's behaviour stays as it is).</summary>
    public void ClearCalls()
    {
        _received.Clear();
        Server.ResetLogEntries();
    }

    /// <summary>
    /// Gets the calls received since the last <see cref="Reset"/>, oldest first. Recorded on arrival, before any
    /// latency and before the reply: WireMock's own log (and a WithDelay callback) run later, so a test could otherwise
    /// see the calls its predecessor abandoned on a timeout.
    /// </summary>
    internal IReadOnlyList<MoodleCall> Calls() => [.. _received.OrderBy(c => c.ReceivedAt)];

    internal IReadOnlyList<MoodleCall> Calls(string function) => [.. Calls().Where(c => c.Function == function)];

    private void Map()
    {
        Server.ResetMappings();
        Server
            .Given(Request.Create().UsingAnyMethod().WithPath(p => p.EndsWith(".php", StringComparison.Ordinal)))
            .RespondWith(Response.Create().WithCallback(RespondAsync));
    }

    private async Task<IResponseMessage> RespondAsync(IRequestMessage request)
    {
        var call = MoodleCall.Parse(request.Path, request.RawQuery, request.Body, request.Method, TimeProvider.System.GetUtcNow());
        _received.Enqueue(call);
        var reply = Site.Handle(call); // before the delay, so an abandoned call cannot consume a later test's script
        var latency = Latency;
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency);
        }

        var message = new ResponseMessage
        {
            StatusCode = reply.Status,
            BodyData = new BodyData { BodyAsString = reply.Body, DetectedBodyType = BodyType.String },
        };
        message.AddHeader("Content-Type", reply.Body.Length == 0 ? "text/html" : "application/json");
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            message.AddHeader(name, value);
        }

        return message;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
