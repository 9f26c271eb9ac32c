namespace Insignia.Core.Ports;

/// <summary>The key types Insignia signs with.</summary>
public enum SigningAlgorithm
{
    /// <summary>Ed25519, for Data Integrity <c>eddsa-rdfc-2022</c> proofs and EdDSA JWTs.</summary>
    Ed25519 = 1,

    /// <summary>RSA 2048+, for RS256 VC-JWTs and LTI tool assertions.</summary>
    Rsa = 2,
}
