using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Insignia.Host.Lti.Keys;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Web;
using Microsoft.Extensions.Options;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Lti.Registration;

/// <summary>
/// GET /lti/register?openid_configuration=…&amp;registration_token=…: reads the platform's configuration, posts the
/// tool's registration, stores the new registration and its deployment, then tells the platform window to close
/// (<c>org.imsglobal.lti.close</c>, which Moodle 4.x and Canvas both listen for).
/// </summary>
internal sealed class DynamicRegistrationHandler(IHttpClientFactory clients, LtiPlatformStore platforms, IOptions<LtiToolOptions> options, ILogger<DynamicRegistrationHandler> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var language = UiLanguage.From(http);
        var configurationUrl = http.Request.Query["openid_configuration"].ToString();
        if (!Uri.TryCreate(configurationUrl, UriKind.Absolute, out var configUri))
        {
            return LtiHtml.Error(language, "registration_invalid", "The registration request needs an absolute openid_configuration URL.");
        }

        var client = clients.CreateClient(HttpJwksSource.HttpClientName);
        var registrationToken = http.Request.Query["registration_token"].ToString();
        JsonElement config;
        try
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, configUri);
            Authorize(get, registrationToken); // Canvas requires the token here; Moodle ignores it
            using var answer = await client.SendAsync(get, cancellationToken);
            answer.EnsureSuccessStatusCode();
            config = await answer.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException || LtiHttpFailure.IsUnreachable(ex, cancellationToken))
        {
            return LtiHtml.Error(language, "registration_failed", $"The platform configuration at {configUri.GetLeftPart(UriPartial.Path)} could not be read.", StatusCodes.Status502BadGateway);
        }

        var issuer = Text(config, "issuer");
        var registrationEndpoint = Text(config, "registration_endpoint");
        if (issuer is null || registrationEndpoint is null || Text(config, "authorization_endpoint") is null || Text(config, "token_endpoint") is null || Text(config, "jwks_uri") is null
            || !Uri.TryCreate(issuer, UriKind.Absolute, out _)
            || !Uri.TryCreate(registrationEndpoint, UriKind.Absolute, out var registrationUri) || !string.Equals(registrationUri.Host, configUri.Host, StringComparison.OrdinalIgnoreCase))
        {
            // The issuer may differ from the configuration host (Canvas: https://canvas.instructure.com), but the
            // registration token is only ever sent to the host that handed it out.
            return LtiHtml.Error(language, "registration_invalid", "The platform configuration lacks issuer, endpoints or jwks_uri, or its registration endpoint is not on the configuration's host.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, registrationEndpoint) { Content = JsonContent.Create(ToolConfiguration.RegistrationRequest(http, options.Value.ToolName)) };
        Authorize(request, registrationToken);

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (LtiHttpFailure.IsUnreachable(ex, cancellationToken))
        {
            return LtiHtml.Error(language, "registration_failed", "The platform's registration endpoint could not be reached.", StatusCodes.Status502BadGateway);
        }

        using var registered = response;
        JsonElement body;
        try
        {
            body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken) : default;
        }
        catch (JsonException)
        {
            body = default; // not JSON: reported below as a refused registration
        }

        if (Text(body, "client_id") is not { } clientId)
        {
            return LtiHtml.Error(language, "registration_refused", $"The platform refused the registration (HTTP {(int)response.StatusCode}).", StatusCodes.Status502BadGateway);
        }

        var deployment = body.TryGetProperty(ToolConfiguration.ToolConfigurationClaim, out var tool) ? Text(tool, "deployment_id") : null;
        var saved = await platforms.SaveAsync(
            new LtiPlatform(LtiPlatformNames.Derive(issuer, clientId), issuer, clientId, Text(config, "authorization_endpoint")!, Text(config, "token_endpoint")!, Text(config, "jwks_uri")!)
            {
                Deployments = deployment is null ? new HashSet<string>() : new HashSet<string>(StringComparer.Ordinal) { deployment },
            },
            createConnection: true,
            cancellationToken);
        Log.PlatformRegistered(logger, issuer, saved.Name);
        return LtiHtml.Page(Wrap(language, options.Value.ToolName, $$"""
            <h1>{{E(UiLanguage.Pick(language, "Insignia quedó registrada", "Insignia is registered"))}}</h1>
            <p>{{E(issuer)}} · client_id <code>{{E(clientId)}}</code></p>
            <script>(window.opener || window.parent).postMessage({ subject: 'org.imsglobal.lti.close' }, '*');</script>
            """));
    }

    private static void Authorize(HttpRequestMessage request, string registrationToken)
    {
        if (registrationToken.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", registrationToken);
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
