using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Insignia.Benchmarks.Canvas;

/// <summary>
/// A large Canvas course on WireMock (127.0.0.1): fixed latency per request, opaque bookmark paging with Link
/// headers, and Canvas's leaky-bucket quota (throttled requests get the legacy 403 text or a 429, alternately).
/// </summary>
internal sealed class SimulatedCanvas : IDisposable
{
    private readonly WireMockServer _server;
    private readonly SimulatedCanvasPayloads _payloads;
    private readonly TimeSpan _latency;
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);

    public SimulatedCanvas(int learners, int assignments, TimeSpan latency, SimulatedCanvasBucket bucket)
    {
        _payloads = new SimulatedCanvasPayloads(learners, assignments);
        _latency = latency;
        Bucket = bucket;
        _server = WireMockServer.Start($"http://127.0.0.1:{FreePort()}");
        _server.Given(Request.Create().WithPath(new WildcardMatcher("/api/v1/*")).UsingGet())
            .RespondWith(Response.Create().WithCallback(HandleAsync));
    }

    public string Url => _server.Url!;

    public SimulatedCanvasBucket Bucket { get; }

    public IReadOnlyDictionary<string, int> Requests => _requests;

    public void Dispose()
    {
        if (_server.IsStarted)
        {
            _server.Stop();
        }

        _server.Dispose();
    }

    private async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        var kind = Kind(request.Path);
        _requests.AddOrUpdate(kind, 1, (_, n) => n + 1);
        if (!Bucket.TryStart())
        {
            return Bucket.Throttled % 2 == 0
                ? Message(403, "403 Forbidden (Rate Limit Exceeded)", "text/plain", [])
                : Message(429, string.Empty, "text/plain", [("Retry-After", "1")]);
        }

        await Task.Delay(_latency, TimeProvider.System).ConfigureAwait(false);
        var perPage = int.Parse(Query(request, "per_page") ?? "10", CultureInfo.InvariantCulture);
        var offset = DecodeBookmark(Query(request, "page"));
        var total = kind == "modules" ? 1 : _payloads.Count(kind);
        var size = kind == "modules" ? 1 : perPage;
        var body = _payloads.Page(kind, offset, Math.Min(size, Math.Max(0, total - offset)));
        var cost = kind switch { "students/submissions" => 8.0, "modules" => 0.1, _ => 1.5 };
        var remaining = Bucket.Finish(cost);
        List<(string, string)> headers =
        [
            ("X-Request-Cost", cost.ToString(CultureInfo.InvariantCulture)),
            ("X-Rate-Limit-Remaining", remaining.ToString("0.###", CultureInfo.InvariantCulture)),
        ];
        if (offset + size < total)
        {
            headers.Add(("Link", $"<{NextUrl(request, offset + size)}>; rel=\"next\""));
        }

        return Message(200, body, "application/json; charset=utf-8", headers);
    }

    private static string Kind(string path) => path switch
    {
        _ when path.EndsWith("/students/submissions", StringComparison.Ordinal) => "students/submissions",
        _ when path.Contains("/quizzes/", StringComparison.Ordinal) => "quiz_submissions",
        _ => path[(path.LastIndexOf('/') + 1)..],
    };

    private static string? Query(IRequestMessage request, string name) =>
        request.Query is { } query && query.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    private static int DecodeBookmark(string? page) =>
        page is { } value && value.StartsWith("bookmark:", StringComparison.Ordinal)
            ? int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(value["bookmark:".Length..])), CultureInfo.InvariantCulture)
            : 0;

    private static string NextUrl(IRequestMessage request, int offset)
    {
        var bookmark = "bookmark:" + Convert.ToBase64String(Encoding.UTF8.GetBytes(offset.ToString(CultureInfo.InvariantCulture)));
        var url = request.AbsoluteUrl;
        var query = url.Contains('?', StringComparison.Ordinal) ? url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..] : string.Empty;
        var kept = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("page=", StringComparison.Ordinal));
        return $"{url.Split('?')[0]}?{string.Join('&', kept.Append("page=" + bookmark))}";
    }

    private static ResponseMessage Message(int status, string body, string contentType, IEnumerable<(string Name, string Value)> headers)
    {
        var message = new ResponseMessage
        {
            StatusCode = status,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new(contentType) },
            BodyData = new BodyData { DetectedBodyType = BodyType.String, BodyAsString = body, Encoding = Encoding.UTF8 },
        };
        foreach (var (name, value) in headers)
        {
            message.Headers[name] = new WireMockList<string>(value);
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
