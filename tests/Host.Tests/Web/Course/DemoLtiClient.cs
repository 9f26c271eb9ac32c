using Insignia.Host.Tests.Infrastructure;

namespace Insignia.Host.Tests.Web.Course;

/// <summary>An HTTP client with cookies that launches from the demo LMS (as instructor or a learner) and posts the pages' forms.</summary>
internal sealed class DemoLtiClient : IDisposable
{
    private DemoLtiClient(HttpClient client) => Http = client;

    public HttpClient Http { get; }

    /// <summary>The page the launch landed on.</summary>
    public string LandingPage { get; private set; } = string.Empty;

    public static async Task<DemoLtiClient> LaunchAsync(InsigniaAppFactory app, string loginHint)
    {
        var client = new DemoLtiClient(DemoLaunch.Client(app));
        client.LandingPage = await DemoLaunch.LaunchAsync(client.Http, loginHint);
        return client;
    }

    public Task<string> GetStringAsync(string path) => Http.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    /// <summary>Posts a form with the antiforgery token of <paramref name="page"/> (the landing page when null).</summary>
    public Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? page = null)
    {
        var token = DemoLaunch.Csrf(page ?? LandingPage);
        var all = token.Length > 0 ? fields.Append(new("__csrf", token)) : fields;
        return Http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(all), TestContext.Current.CancellationToken);
    }

    public void Dispose() => Http.Dispose();
}
