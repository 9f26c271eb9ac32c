using System.Net;
using System.Text.RegularExpressions;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Insignia.Host.Tests.Web.Admin;

/// <summary>A client of the admin pages that keeps the antiforgery cookie and posts forms with the page's token.</summary>
internal sealed partial class AdminSession(InsigniaAppFactory app) : IDisposable
{
    public HttpClient Client { get; } = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    public async Task<string> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Loads <paramref name="pagePath"/> for its antiforgery token, then posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public async Task<(HttpStatusCode Status, string Body, string? Location)> PostAsync(string pagePath, string action, params (string Key, string Value)[] fields)
    {
        var page = await GetAsync(pagePath);
        var token = WebUtility.HtmlDecode(Csrf().Match(page).Groups[1].Value);
        return await PostRawAsync(action, [("__csrf", token), .. fields]);
    }

    public async Task<(HttpStatusCode Status, string Body, string? Location)> PostRawAsync(string action, params (string Key, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        using var response = await Client.PostAsync(new Uri(action, UriKind.Relative), content, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), response.Headers.Location?.OriginalString);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]*)\"")]
    private static partial Regex Csrf();
}
