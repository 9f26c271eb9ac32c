using System.Globalization;
using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs;

/// <summary>
/// Verifies every proof of a secured credential: Data Integrity <c>eddsa-rdfc-2022</c> and the older
/// <c>Ed25519Signature2020</c>. <c>proof</c> may be one object or an array (a proof set or chain). The
/// credential's validity period is checked as well.
/// </summary>
internal sealed class DataIntegrityVerifier(
    IRdfCanonicalizer canonicalizer, IVerificationMethodResolver resolver, TimeProvider timeProvider, CredentialVerificationOptions? options = null)
{
    private readonly CredentialVerificationOptions _options = options ?? CredentialVerificationOptions.Default;

    public async ValueTask<CredentialVerificationResult> VerifyAsync(JsonObject securedDocument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(securedDocument);
        var issuer = JsonText.IdOf(securedDocument["issuer"]);
        var proofs = JsonText.Items(securedDocument[DataIntegrityConstants.ProofProperty]).ToList();
        if (proofs.Count == 0)
        {
            return CredentialVerificationResult.Failed(
                new VerificationError(ProofErrors.MissingProof, "The credential has no proof."), issuer: issuer);
        }

        var errors = new List<VerificationError>();
        for (var i = 0; i < proofs.Count; i++)
        {
            var error = proofs[i] is JsonObject proof
                ? await VerifyProofAsync(securedDocument, proof, proofs, cancellationToken).ConfigureAwait(false)
                : new VerificationError(ProofErrors.MalformedProof, "The proof is not a JSON object.");
            if (error is not null)
            {
                errors.Add(proofs.Count == 1 ? error : error with { Message = string.Create(CultureInfo.InvariantCulture, $"Proof {i + 1}: {error.Message}") });
            }
        }

        if (CredentialValidityPeriod.Check(securedDocument, timeProvider.GetUtcNow(), _options.ClockSkew) is { } lifetimeError)
        {
            errors.Add(lifetimeError);
        }

        var first = proofs[0] as JsonObject;
        return CredentialVerificationResult.FromErrors(
            errors, JsonText.StringOf(first?["type"]), JsonText.StringOf(first?["cryptosuite"]), issuer);
    }

    private async ValueTask<VerificationError?> VerifyProofAsync(
        JsonObject securedDocument, JsonObject proof, IReadOnlyList<JsonNode?> allProofs, CancellationToken cancellationToken)
    {
        var (parsed, shapeError) = DataIntegrityProofReader.Read(proof, DataIntegrityConstants.AssertionMethod);
        if (parsed is null)
        {
            return shapeError;
        }

        var (unsecured, documentError) = UnsecuredDocument.For(securedDocument, proof, allProofs);
        if (unsecured is null)
        {
            return documentError;
        }

        var resolution = await resolver.ResolveAsync(parsed.VerificationMethod, cancellationToken).ConfigureAwait(false);
        var methodError = resolution.Error ?? CheckMethod(resolution.Method!)
            ?? (_options.RequireIssuerControlsKey ? IssuerKeyBinding.Check(JsonText.IdOf(securedDocument["issuer"]), resolution.Method!) : null);
        if (methodError is not null)
        {
            return methodError;
        }

        var proofConfig = ProofConfiguration.FromProof(proof, unsecured[DataIntegrityConstants.ContextProperty]);
        var (hashData, hashError) = Hash(proofConfig, unsecured, cancellationToken);
        if (hashData is null)
        {
            return hashError;
        }

        return Ed25519SignatureCheck.IsValid(resolution.Method!.Key.Ed25519PublicKey.Span, hashData, parsed.Signature)
            ? null
            : new VerificationError(ProofErrors.InvalidSignature, "The signature does not match the credential: it was changed after signing, or signed by another key.");
    }

    private static VerificationError? CheckMethod(VerificationMethod method)
    {
        if (method.Key.KeyType != VerificationKeyType.Ed25519)
        {
            return new VerificationError(ProofErrors.WrongKeyType, $"Verification method '{method.Id}' holds a {method.Key.KeyType} key; these proofs need Ed25519.");
        }

        return method.AuthorizedForAssertion
            ? null
            : new VerificationError(ProofErrors.NotAuthorizedForPurpose, $"Verification method '{method.Id}' is not listed under its controller's assertionMethod.");
    }

    private (byte[]? HashData, VerificationError? Error) Hash(JsonObject proofConfig, JsonObject unsecured, CancellationToken cancellationToken)
    {
        try
        {
            return (DataIntegrityHashing.ComputeHashData(canonicalizer, proofConfig, unsecured, cancellationToken), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Canonicalization rejects bad JSON-LD (undefined terms, unknown contexts): that is a verdict on the input.
            return (null, new VerificationError(ProofErrors.CanonicalizationFailed, "The credential could not be canonicalized: " + ex.Message));
        }
    }
}
