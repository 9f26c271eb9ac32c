using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs.Jwt;

/// <summary>
/// Verifies an OB 3.0 VC-JWT: algorithm allow-list (RS256, EdDSA; never none or HS*), <c>kid</c> resolution, key
/// type, signature, lifetime with clock skew, and the registered claims against the embedded credential.
/// </summary>
internal sealed class VcJwtVerifier(IVerificationMethodResolver resolver, TimeProvider timeProvider, CredentialVerificationOptions? options = null)
{
    private readonly CredentialVerificationOptions _options = options ?? CredentialVerificationOptions.Default;

    public async ValueTask<CredentialVerificationResult> VerifyAsync(string token, CancellationToken cancellationToken)
    {
        var (jws, parseError) = CompactJws.Parse(token);
        if (jws is null)
        {
            return Failed(parseError!, null, null);
        }

        var algorithm = JsonText.StringOf(jws.Header["alg"]);
        var credential = jws.Payload[VcJwtConstants.CredentialClaim] as JsonObject;
        var issuer = credential is null ? JsonText.StringOf(jws.Payload["iss"]) : JsonText.IdOf(credential["issuer"]);
        var error = CheckHeader(jws.Header, algorithm);
        if (error is null)
        {
            error = await VerifySignatureAsync(jws, algorithm!, issuer, cancellationToken).ConfigureAwait(false);
        }

        error ??= credential is null
            ? new VerificationError(ProofErrors.MissingCredential, "The JWT has no 'vc' claim holding the credential.")
            : VcJwtClaimChecks.CheckAgainstCredential(jws.Payload, credential)
                ?? VcJwtClaimChecks.CheckLifetime(jws.Payload, credential, timeProvider.GetUtcNow(), _options.ClockSkew);
        return error is null
            ? new CredentialVerificationResult(true, [], VcJwtConstants.ProofType, algorithm, issuer)
            : Failed(error, algorithm, issuer);
    }

    private static VerificationError? CheckHeader(JsonObject header, string? algorithm)
    {
        if (algorithm is not (VcJwtConstants.RS256 or VcJwtConstants.EdDSA))
        {
            return new VerificationError(
                ProofErrors.DisallowedAlgorithm, $"JWS algorithm '{algorithm ?? "(none)"}' is not accepted; only RS256 and EdDSA are.");
        }

        if (header["crit"] is not null)
        {
            return new VerificationError(ProofErrors.MalformedJwt, "The JWT marks header parameters as critical ('crit'); none are understood.");
        }

        return string.IsNullOrWhiteSpace(JsonText.StringOf(header["kid"]))
            ? new VerificationError(ProofErrors.MissingKeyId, "The JWT header has no 'kid' naming the issuer's key.")
            : null;
    }

    private async ValueTask<VerificationError?> VerifySignatureAsync(CompactJws jws, string algorithm, string? issuer, CancellationToken cancellationToken)
    {
        var resolution = await resolver.ResolveAsync(JsonText.StringOf(jws.Header["kid"])!, cancellationToken).ConfigureAwait(false);
        if (resolution.Method is not { } method)
        {
            return resolution.Error;
        }

        var expectedKeyType = algorithm == VcJwtConstants.RS256 ? VerificationKeyType.Rsa : VerificationKeyType.Ed25519;
        if (method.Key.KeyType != expectedKeyType)
        {
            return new VerificationError(ProofErrors.WrongKeyType, $"Key '{method.Id}' is {method.Key.KeyType}; {algorithm} needs {expectedKeyType}.");
        }

        if (!method.AuthorizedForAssertion)
        {
            return new VerificationError(ProofErrors.NotAuthorizedForPurpose, $"Key '{method.Id}' is not listed under its controller's assertionMethod.");
        }

        if (_options.RequireIssuerControlsKey && IssuerKeyBinding.Check(issuer, method) is { } bindingError)
        {
            return bindingError;
        }

        var valid = algorithm == VcJwtConstants.RS256
            ? await Rs256Signature.IsValidAsync(jws, method.Key.RsaParameters).ConfigureAwait(false)
            : Ed25519SignatureCheck.IsValid(method.Key.Ed25519PublicKey.Span, jws.SigningInput, jws.Signature);
        return valid ? null : new VerificationError(ProofErrors.InvalidSignature, "The JWT signature does not verify with the issuer's key.");
    }

    private static CredentialVerificationResult Failed(VerificationError error, string? algorithm, string? issuer) =>
        CredentialVerificationResult.Failed(error, VcJwtConstants.ProofType, algorithm, issuer);
}
