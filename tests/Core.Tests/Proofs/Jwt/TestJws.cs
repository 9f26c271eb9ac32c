using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs.Jwt;

/// <summary>Builds compact JWS tokens with any header, for attacks and malformed input the product never writes.</summary>
internal static class TestJws
{
    public static string Encode(JsonObject header, JsonObject payload, Func<byte[], byte[]> sign)
    {
        var signingInput = Part(header) + "." + Part(payload);
        return signingInput + "." + Base64UrlText.Encode(sign(Encoding.ASCII.GetBytes(signingInput)));
    }

    public static string EdDsa(JsonObject header, JsonObject payload, Ed25519SigningKey key) => Encode(header, payload, data => key.Sign(data));

    public static string Hmac(string algorithm, JsonObject header, JsonObject payload, byte[] secret)
    {
        header["alg"] = algorithm;
        return Encode(header, payload, data => algorithm switch
        {
            "HS384" => HMACSHA384.HashData(secret, data),
            "HS512" => HMACSHA512.HashData(secret, data),
            _ => HMACSHA256.HashData(secret, data),
        });
    }

    public static JsonObject DecodePart(string token, int index) =>
        JsonNode.Parse(Base64UrlDecode(token.Split('.')[index]))!.AsObject();

    public static string DecodePartText(string token) => token.Split('.')[1];

    public static string Part(JsonObject json) => Base64UrlText.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private static byte[] Base64UrlDecode(string text) =>
        Base64UrlText.TryDecode(text, out var bytes) ? bytes : throw new FormatException(text);
}
