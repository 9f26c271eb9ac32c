using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Insignia.Core.Ports;
using Insignia.Core.Proofs;
using Insignia.Core.Proofs.Jwt;

namespace Insignia.Host.Issuer;

/// <summary>The issuer's keys from <see cref="IKeyStore"/> (owner = issuer id), as signing keys and as published documents.</summary>
internal sealed class IssuerKeys(IKeyStore keys, IssuerDirectory directory)
{
    public async Task<IssuerSigningKey> Ed25519Async(CancellationToken cancellationToken)
    {
        var pair = await keys.GetActiveKeyAsync(directory.IssuerId, SigningAlgorithm.Ed25519, cancellationToken);
        return new IssuerSigningKey(
            StoredSigningKeys.ToEd25519SigningKey(pair), IssuerDirectory.VerificationMethodId(directory.IssuerDid, pair.Public.KeyId));
    }

    public async Task<VcJwtSigningKey> RsaAsync(CancellationToken cancellationToken)
    {
        var pair = await keys.GetActiveKeyAsync(directory.IssuerId, SigningAlgorithm.Rsa, cancellationToken);
        return VcJwtSigningKey.ForRsa(IssuerDirectory.VerificationMethodId(directory.IssuerDid, pair.Public.KeyId), StoredSigningKeys.ToRsa(pair));
    }

    /// <summary>The DID document of <paramref name="did"/>: every key, retired ones too, so old credentials keep verifying.</summary>
    public async Task<JsonObject> ControllerDocumentAsync(string did, CancellationToken cancellationToken)
    {
        await EnsureEd25519Async(cancellationToken);
        var published = await keys.ListPublicKeysAsync(directory.IssuerId, cancellationToken);
        var methods = published.Select(k => StoredSigningKeys.VerificationMethod(IssuerDirectory.VerificationMethodId(did, k.KeyId), did, k)).ToArray();
        return ControllerDocumentBuilder.ControllerDocument(did, methods);
    }

    public async Task<JsonObject> JwksAsync(CancellationToken cancellationToken)
    {
        var published = await keys.ListPublicKeysAsync(directory.IssuerId, cancellationToken);
        var jwks = new JsonArray();
        foreach (var key in published.Where(k => k.Algorithm == SigningAlgorithm.Rsa))
        {
            using var rsa = RSA.Create();
            rsa.ImportSubjectPublicKeyInfo(key.PublicKey.Span, out _);
            var parameters = rsa.ExportParameters(false);
            jwks.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["alg"] = "RS256",
                ["kid"] = IssuerDirectory.VerificationMethodId(directory.IssuerDid, key.KeyId),
                ["n"] = Base64UrlText.Encode(parameters.Modulus),
                ["e"] = Base64UrlText.Encode(parameters.Exponent),
            });
        }

        return new JsonObject { ["keys"] = jwks };
    }

    private async Task EnsureEd25519Async(CancellationToken cancellationToken) =>
        _ = await keys.GetActiveKeyAsync(directory.IssuerId, SigningAlgorithm.Ed25519, cancellationToken);
}
