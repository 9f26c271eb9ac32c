namespace Insignia.Core.Proofs;

/// <summary>A verification method, or why it could not be resolved.</summary>
internal sealed record VerificationMethodResolution(VerificationMethod? Method, VerificationError? Error)
{
    public static VerificationMethodResolution Found(VerificationMethod method) => new(method, null);

    public static VerificationMethodResolution Failed(string code, string message) => new(null, new VerificationError(code, message));
}
