using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Insignia.Host.Tests.Lti.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Tests.Lti.DeepLinking;

[Collection(LtiHostCollection.Name)]
public sealed partial class DeepLinkingTests(LtiHostFixture host)
{
    [Fact]
    public async Task DeepLinking_ChooseInsignia_ReturnsResponseVerifiableWithToolJwks()
    {
        var ct = TestContext.Current.CancellationToken;
        var driver = host.Driver(host.Moodle);
        using var chooser = await driver.LaunchAsync(t => t
            .WithLtiClaim("message_type", "LtiDeepLinkingRequest")
            .Without("https://purl.imsglobal.org/spec/lti/claim/resource_link")
            .WithLtiClaim("roles", new[] { "Instructor" })
            .With("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", new Dictionary<string, object>
            {
                ["deep_link_return_url"] = $"{host.Moodle.BaseUrl}/deep-link-return",
                ["accept_types"] = new[] { "ltiResourceLink" },
                ["accept_presentation_document_targets"] = new[] { "iframe", "window" },
                ["data"] = "platform-opaque-data",
            }));
        var chooserHtml = await chooser.Content.ReadAsStringAsync(ct);
        var ticket = System.Net.WebUtility.HtmlDecode(TicketField().Match(chooserHtml).Groups[1].Value);

        using var answer = await driver.Browser.PostAsync(new Uri("/lti/deep-link", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["ticket"] = ticket, ["choice"] = "insignia" }), ct);
        var jwt = System.Net.WebUtility.HtmlDecode(JwtField().Match(await answer.Content.ReadAsStringAsync(ct)).Groups[1].Value);
        var jwks = new JsonWebKeySet(await driver.Browser.GetStringAsync(new Uri("/.well-known/jwks.json", UriKind.Relative), ct));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.Keys,
            ValidIssuer = host.Moodle.ClientId,
            ValidAudience = host.Moodle.Issuer,
            ValidAlgorithms = ["RS256"],
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        var token = (JsonWebToken)result.SecurityToken;
        var items = token.GetPayloadValue<JsonElement>("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        Assert.Equal(
            ("LtiDeepLinkingResponse", "platform-opaque-data", "ltiResourceLink", HttpStatusCode.OK),
            (token.GetPayloadValue<string>("https://purl.imsglobal.org/spec/lti/claim/message_type"), token.GetPayloadValue<string>("https://purl.imsglobal.org/spec/lti-dl/claim/data"), items[0].GetProperty("type").GetString(), answer.StatusCode));
    }

    [GeneratedRegex("name=\"ticket\" value=\"([^\"]+)\"")]
    private static partial Regex TicketField();

    [GeneratedRegex("name=\"JWT\" value=\"([^\"]+)\"")]
    private static partial Regex JwtField();
}
