using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs.Jwt;

/// <summary>A compact JWS split into its decoded parts; built only by <see cref="Parse"/>.</summary>
internal sealed record CompactJws(string Token, JsonObject Header, JsonObject Payload, byte[] SigningInput, byte[] Signature)
{
    public static (CompactJws? Jws, VerificationError? Error) Parse(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > VcJwtConstants.MaxTokenLength)
        {
            return Fail($"The token is empty or longer than {VcJwtConstants.MaxTokenLength} characters.");
        }

        token = token.Trim();
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return Fail($"A compact JWS has three dot-separated parts; this token has {parts.Length}.");
        }

        var header = DecodeObject(parts[0]);
        var payload = DecodeObject(parts[1]);
        if (header is null || payload is null)
        {
            return Fail("The JWT header or payload is not base64url-encoded JSON object.");
        }

        return Base64UrlText.TryDecode(parts[2], out var signature)
            ? (new CompactJws(token, header, payload, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature), null)
            : Fail("The JWT signature is not base64url.");
    }

    private static JsonObject? DecodeObject(string part)
    {
        if (!Base64UrlText.TryDecode(part, out var bytes))
        {
            return null;
        }

        try
        {
            // Duplicate claims are refused outright: two 'iss' values must never be read differently by two parsers.
            return JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 64 }) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (CompactJws?, VerificationError?) Fail(string message) => (null, new VerificationError(ProofErrors.MalformedJwt, message));
}
