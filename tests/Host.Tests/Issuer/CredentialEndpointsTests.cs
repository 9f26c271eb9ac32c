using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Insignia.Host.Tests.Infrastructure;

namespace Insignia.Host.Tests.Issuer;

public sealed class CredentialEndpointsTests : IDisposable
{
    private readonly InsigniaAppFactory _app = IssuerApp.Create(issueJwt: true);

    [Theory]
    [InlineData("application/ld+json", "application/ld+json")]
    [InlineData("application/vc+ld+json", "application/vc+ld+json")]
    [InlineData("application/vc+jwt", "application/vc+jwt")]
    [InlineData("text/html", "text/html")]
    public async Task Show_Accept_PicksRepresentation(string accept, string expected)
    {
        var id = await IssueAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/credentials/{id}", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var response = await _app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Show_HtmlInEnglish_ShowsValidStatusAndQr()
    {
        var id = await IssueAsync();

        var html = await _app.CreateClient().GetStringAsync(new Uri($"/credentials/{id}?lang=en", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(html.Contains(">Valid<", StringComparison.Ordinal) && html.Contains("<svg", StringComparison.Ordinal), html);
    }

    [Fact]
    public async Task Show_UnknownId_NotFound()
    {
        var response = await _app.CreateClient().GetAsync(new Uri($"/credentials/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task VerifyApi_IssuedCredential_VerifiedWithStatusChecked()
    {
        var id = await IssueAsync();
        var json = (await IssuerApp.CredentialsAsync(_app.Services)).Single(c => c.Id == id).Json;

        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await _app.CreateClient().PostAsync(new Uri("/api/v1/verify", UriKind.Relative), content, TestContext.Current.CancellationToken);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal((true, true), ((bool)report["verified"]!, (bool)report["statusChecked"]!));
    }

    [Fact]
    public async Task VerifyApi_Garbage_ReportsMalformed()
    {
        using var content = new StringContent("{ not json", Encoding.UTF8, "application/json");
        var response = await _app.CreateClient().PostAsync(new Uri("/api/v1/verify", UriKind.Relative), content, TestContext.Current.CancellationToken);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal((false, "malformed_credential"), ((bool)report["verified"]!, (string?)report["checks"]![0]!["code"]));
    }

    private async Task<Guid> IssueAsync()
    {
        await IssuerApp.DrainAsync(_app.Services);
        return (await IssuerApp.CredentialsAsync(_app.Services))[0].Id;
    }

    public void Dispose() => _app.Dispose();
}
