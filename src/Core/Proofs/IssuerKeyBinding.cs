namespace Insignia.Core.Proofs;

/// <summary>Checks that a signing key speaks for the credential's issuer, so nobody can sign in another issuer's name.</summary>
internal static class IssuerKeyBinding
{
    public static VerificationError? Check(string? issuerId, VerificationMethod method)
    {
        if (string.IsNullOrEmpty(issuerId))
        {
            return new VerificationError(ProofErrors.IssuerKeyMismatch, "The credential has no issuer id to bind the signing key to.");
        }

        var methodBase = method.Id.Split('#', 2)[0];
        return methodBase == issuerId || method.Controller == issuerId
            ? null
            : new VerificationError(
                ProofErrors.IssuerKeyMismatch,
                $"Key '{method.Id}' is not controlled by the issuer '{issuerId}'.");
    }
}
