using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Insignia.Benchmarks;

/// <summary>
/// A bounded load run of POST /lti/launch against a running host on 127.0.0.1, through the demo platform's real
/// OIDC round trip (login, authorization, launch). Only the launch POST is timed.
/// Usage: <c>dotnet run -c Release --project tests/Benchmarks -- lti-load http://127.0.0.1:5000 2000 8</c>.
/// </summary>
internal static partial class LtiLaunchLoad
{
    public static async Task RunAsync(string baseUrl, int launches, int concurrency)
    {
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = concurrency * 2 };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        await LaunchOnceAsync(client); // warm up: keys, JWKS cache, JIT
        var timings = new List<double>(launches);
        var remaining = launches;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                var ms = await LaunchOnceAsync(client);
                lock (timings)
                {
                    timings.Add(ms);
                }
            }
        }));
        clock.Stop();
        timings.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"launches={timings.Count} concurrency={concurrency} wall={clock.Elapsed.TotalSeconds:F1}s p50={Percentile(timings, 0.50):F2}ms p99={Percentile(timings, 0.99):F2}ms max={timings[^1]:F2}ms"));
    }

    private static async Task<double> LaunchOnceAsync(HttpClient client)
    {
        using var login = await client.GetAsync(new Uri("/lti/login?iss=https%3A%2F%2Fdemo-lms.insignia.invalid&client_id=insignia-demo-tool&login_hint=1001&target_link_uri=%2Flti%2Flaunch", UriKind.Relative));
        var cookie = login.Headers.GetValues("Set-Cookie").First().Split(';')[0];
        var authorize = await client.GetStringAsync(login.Headers.Location);
        var fields = Field().Matches(authorize).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/lti/launch", UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", cookie);
        var started = Stopwatch.GetTimestamp();
        using var launch = await client.SendAsync(request);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (launch.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Launch refused: HTTP {(int)launch.StatusCode}.");
        }

        return elapsed;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    [GeneratedRegex("name=\"(id_token|state)\" value=\"([^\"]*)\"")]
    private static partial Regex Field();
}
