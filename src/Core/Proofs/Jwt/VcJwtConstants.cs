namespace Insignia.Core.Proofs.Jwt;

/// <summary>Names from RFC 7515/7519 and Open Badges 3.0 §8.2 (VC-JWT).</summary>
internal static class VcJwtConstants
{
    public const string ProofType = "VC-JWT";
    public const string RS256 = "RS256";
    public const string EdDSA = "EdDSA";
    public const string CredentialClaim = "vc";

    /// <summary>Longest token accepted, so a hostile input cannot make parsing expensive.</summary>
    public const int MaxTokenLength = 1024 * 1024;
}
