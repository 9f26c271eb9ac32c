using System.Net;
using Insignia.Host.Issuer.ObApi;
using Insignia.Host.Tests.Infrastructure;

namespace Insignia.Host.Tests.Issuer;

/// <summary>Bearer token checks on the OB 3.0 API: every refusal is an imsx_StatusInfo with the matching status and challenge.</summary>
public sealed class ObApiAuthTests : IDisposable
{
    private readonly InsigniaAppFactory _app = IssuerApp.Create();

    [Theory]
    [InlineData("/ims/ob/v3p0/credentials")]
    [InlineData("/ims/ob/v3p0/profile")]
    public async Task Get_NoToken_Returns401StatusInfoWithChallenge(string path)
    {
        using var response = await ObApiFixture.GetAsync(_app, path, token: null);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "unauthorizedrequest");
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.Single().Scheme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCredentials_ExpiredToken_Returns401InvalidToken()
    {
        using var response = await ObApiFixture.GetAsync(_app, "/ims/ob/v3p0/credentials", ObApiFixture.ExpiredToken(_app, Guid.NewGuid()));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "unauthorizedrequest");
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCredentials_TamperedToken_Returns401InvalidToken()
    {
        var token = ObApiFixture.Token(_app, Guid.NewGuid()).ToCharArray();
        token[token.Length / 2] = token[token.Length / 2] == 'A' ? 'B' : 'A';

        using var response = await ObApiFixture.GetAsync(_app, "/ims/ob/v3p0/credentials", new string(token));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "unauthorizedrequest");
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCredentials_ProfileScopeOnly_Returns403InsufficientScope()
    {
        using var response = await ObApiFixture.GetAsync(_app, "/ims/ob/v3p0/credentials", ObApiFixture.Token(_app, Guid.NewGuid(), ObApiConstants.ProfileReadScope));

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "forbidden");
        Assert.Contains("error=\"insufficient_scope\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCredentials_OtherScheme_Returns401InvalidRequest()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/ims/ob/v3p0/credentials", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpwYXNz");

        using var response = await _app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "unauthorizedrequest");
        Assert.Contains("error=\"invalid_request\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string codeMinor)
    {
        var body = await ObApiFixture.BodyAsync(response);
        Assert.Equal(status, response.StatusCode);
        Assert.Empty(ObApiFixture.StatusInfoErrors(body));
        Assert.Equal(("failure", "error", codeMinor), ((string?)body["imsx_codeMajor"], (string?)body["imsx_severity"], (string?)body["imsx_codeMinor"]!["imsx_codeMinorField"]![0]!["imsx_codeMinorFieldValue"]));
    }

    public void Dispose() => _app.Dispose();
}
