using Insignia.Core.Proofs;

namespace Insignia.Host.Issuer;

/// <summary>The issuer's active Ed25519 key and the DID URL that names it.</summary>
internal sealed record IssuerSigningKey(Ed25519SigningKey Key, string VerificationMethod) : IDisposable
{
    public void Dispose() => Key.Dispose();
}
