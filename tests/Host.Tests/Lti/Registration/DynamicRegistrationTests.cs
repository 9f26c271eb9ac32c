using System.Text.Json;
using Insignia.Host.Tests.Lti.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Insignia.Host.Tests.Lti.Registration;

[Collection(LtiHostCollection.Name)]
public sealed class DynamicRegistrationTests(LtiHostFixture host)
{
    [Fact]
    public async Task Register_MoodleStyleOpenIdConfiguration_PostsToolRegistrationAndStoresPlatform()
    {
        using var platform = new PlatformSimulator("placeholder", "none", "none");
        var issuer = platform.BaseUrl;
        platform.Server.Given(Request.Create().WithPath("/mod/lti/openid-configuration.php").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = $"{issuer}/mod/lti/auth.php",
            ["token_endpoint"] = $"{issuer}/mod/lti/token.php",
            ["jwks_uri"] = $"{issuer}/mod/lti/certs.php",
            ["registration_endpoint"] = $"{issuer}/mod/lti/openid-registration.php",
            ["scopes_supported"] = new[] { "openid" },
            ["https://purl.imsglobal.org/spec/lti-platform-configuration"] = new Dictionary<string, object> { ["product_family_code"] = "moodle", ["version"] = "4.3" },
        }));
        platform.Server.Given(Request.Create().WithPath("/mod/lti/openid-registration.php").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new Dictionary<string, object>
        {
            ["client_id"] = "dyn-client-1",
            ["https://purl.imsglobal.org/spec/lti-tool-configuration"] = new Dictionary<string, object> { ["deployment_id"] = "77" },
        }));
        var url = $"/lti/register?openid_configuration={Uri.EscapeDataString($"{issuer}/mod/lti/openid-configuration.php")}&registration_token=reg-token-1";

        var page = await host.App.CreateClient().GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var list = await host.App.RunCliAsync("platform", "list");

        var post = platform.Server.LogEntries.Single(e => e.RequestMessage.Method == "POST").RequestMessage;
        using var body = JsonDocument.Parse(post.Body!);
        Assert.Equal(
            (true, "Bearer reg-token-1", "http://localhost/lti/login", true),
            (page.Contains("org.imsglobal.lti.close", StringComparison.Ordinal), post.Headers!["Authorization"].First(), body.RootElement.GetProperty("initiate_login_uri").GetString(), list.Output.Contains("dyn-client-1", StringComparison.Ordinal) && list.Output.Contains("\"77\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Register_CanvasStyleIssuerOnAnotherHost_SendsTokenToConfigurationAndRegisters()
    {
        using var canvas = new PlatformSimulator("placeholder", "none", "none");
        var host2 = canvas.BaseUrl;
        canvas.Server.Given(Request.Create().WithPath("/api/lti/security/openid-configuration").WithHeader("Authorization", "Bearer canvas-reg-token").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new Dictionary<string, object>
        {
            ["issuer"] = "https://canvas.test.instructure.com",
            ["authorization_endpoint"] = $"{host2}/api/lti/authorize_redirect",
            ["token_endpoint"] = $"{host2}/login/oauth2/token",
            ["jwks_uri"] = $"{host2}/api/lti/security/jwks",
            ["registration_endpoint"] = $"{host2}/api/lti/registrations",
            ["https://purl.imsglobal.org/spec/lti-platform-configuration"] = new Dictionary<string, object> { ["product_family_code"] = "canvas" },
        }));
        canvas.Server.Given(Request.Create().WithPath("/api/lti/registrations").WithHeader("Authorization", "Bearer canvas-reg-token").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new Dictionary<string, object>
        {
            ["client_id"] = "10000000000099",
            ["https://purl.imsglobal.org/spec/lti-tool-configuration"] = new Dictionary<string, object> { ["domain"] = "localhost" },
        }));
        var url = $"/lti/register?openid_configuration={Uri.EscapeDataString($"{host2}/api/lti/security/openid-configuration")}&registration_token=canvas-reg-token";

        var page = await host.App.CreateClient().GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var list = await host.App.RunCliAsync("platform", "list");

        Assert.Equal((true, true), (page.Contains("org.imsglobal.lti.close", StringComparison.Ordinal), list.Output.Contains("10000000000099", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Register_WithoutConfigurationUrl_ShowsError()
    {
        using var response = await host.App.CreateClient().GetAsync(new Uri("/lti/register", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("registration_invalid", await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task CanvasConfig_Served_PointsAtToolEndpoints()
    {
        using var doc = JsonDocument.Parse(await host.App.CreateClient().GetStringAsync(new Uri("/lti/config.json", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Equal(
            ("http://localhost/lti/login", "http://localhost/.well-known/jwks.json"),
            (doc.RootElement.GetProperty("oidc_initiation_url").GetString(), doc.RootElement.GetProperty("public_jwk_url").GetString()));
    }
}
