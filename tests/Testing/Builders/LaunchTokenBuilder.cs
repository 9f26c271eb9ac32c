using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Insignia.Testing.Builders;

/// <summary>
/// Builds LTI 1.3 id_tokens as platforms send them: a valid LtiResourceLinkRequest by default, with
/// <c>With…</c> methods to break exactly one thing. Signs with RS256 unless told to use none or HS256.
/// </summary>
public sealed class LaunchTokenBuilder
{
    private readonly Dictionary<string, object?> _claims = new(StringComparer.Ordinal);
    private RSA? _rsa;
    private string? _kid;
    private string _alg = "RS256";
    private byte[]? _hmacSecret;
    private bool _tamper;

    public LaunchTokenBuilder(string issuer, string clientId, string deploymentId, string nonce, DateTimeOffset now)
    {
        _claims["iss"] = issuer;
        _claims["aud"] = clientId;
        _claims["sub"] = "user-42";
        _claims["nonce"] = nonce;
        _claims["iat"] = now.ToUnixTimeSeconds();
        _claims["exp"] = now.AddMinutes(5).ToUnixTimeSeconds();
        _claims["name"] = "Ana López";
        _claims["https://purl.imsglobal.org/spec/lti/claim/message_type"] = "LtiResourceLinkRequest";
        _claims["https://purl.imsglobal.org/spec/lti/claim/version"] = "1.3.0";
        _claims["https://purl.imsglobal.org/spec/lti/claim/deployment_id"] = deploymentId;
        _claims["https://purl.imsglobal.org/spec/lti/claim/target_link_uri"] = "https://localhost/lti/launch";
        _claims["https://purl.imsglobal.org/spec/lti/claim/resource_link"] = new Dictionary<string, string> { ["id"] = "link-1", ["title"] = "Insignia" };
        _claims["https://purl.imsglobal.org/spec/lti/claim/roles"] = new[] { "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner" };
        _claims["https://purl.imsglobal.org/spec/lti/claim/context"] = new Dictionary<string, object> { ["id"] = "course-7", ["label"] = "OBP", ["title"] = "Open badges" };
    }

    public LaunchTokenBuilder SignedWith(RSA key, string kid)
    {
        _rsa = key;
        _kid = kid;
        return this;
    }

    public LaunchTokenBuilder WithKid(string kid)
    {
        _kid = kid;
        return this;
    }

    public LaunchTokenBuilder WithAlgorithmNone()
    {
        _alg = "none";
        return this;
    }

    public LaunchTokenBuilder WithHmacSecret(byte[] secret)
    {
        _alg = "HS256";
        _hmacSecret = secret;
        return this;
    }

    public LaunchTokenBuilder WithTamperedPayload()
    {
        _tamper = true;
        return this;
    }

    public LaunchTokenBuilder With(string claim, object? value)
    {
        _claims[claim] = value;
        return this;
    }

    public LaunchTokenBuilder Without(string claim)
    {
        _claims.Remove(claim);
        return this;
    }

    public LaunchTokenBuilder WithLtiClaim(string name, object? value) => With("https://purl.imsglobal.org/spec/lti/claim/" + name, value);

    public string Build()
    {
        var header = new Dictionary<string, string> { ["alg"] = _alg, ["typ"] = "JWT" };
        if (_kid is not null)
        {
            header["kid"] = _kid;
        }

        var encodedHeader = Base64Url(JsonSerializer.SerializeToUtf8Bytes(header));
        var encodedPayload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(_claims));
        var input = Encoding.ASCII.GetBytes($"{encodedHeader}.{encodedPayload}");
        var signature = _alg switch
        {
            "none" => [],
            "HS256" => HMACSHA256.HashData(_hmacSecret!, input),
            _ => (_rsa ?? throw new InvalidOperationException("Call SignedWith first.")).SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        };
        if (_tamper)
        {
            var claims = new Dictionary<string, object?>(_claims) { ["sub"] = "someone-else" };
            encodedPayload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        }

        return $"{encodedHeader}.{encodedPayload}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
