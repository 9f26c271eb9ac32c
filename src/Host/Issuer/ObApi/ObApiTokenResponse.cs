using System.Text.Json.Serialization;

namespace Insignia.Host.Issuer.ObApi;

/// <summary>An OAuth 2.0-shaped token response (RFC 6749 §5.1) for the interim learner token.</summary>
internal sealed record ObApiTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope);
