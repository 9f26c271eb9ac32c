namespace Insignia.Core.Proofs;

/// <summary>The kinds of public key a verification method can hold.</summary>
internal enum VerificationKeyType
{
    Ed25519 = 1,
    Rsa = 2,
}
