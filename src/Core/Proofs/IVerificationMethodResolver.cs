namespace Insignia.Core.Proofs;

/// <summary>Turns a verification method URL (a proof's <c>verificationMethod</c> or a JWT's <c>kid</c>) into a key.</summary>
internal interface IVerificationMethodResolver
{
    ValueTask<VerificationMethodResolution> ResolveAsync(string verificationMethodId, CancellationToken cancellationToken);
}
