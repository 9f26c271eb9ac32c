namespace Insignia.Host.Issuer;

/// <summary>The verdict on one pasted credential, check by check.</summary>
internal sealed record VerificationReport(
    bool Verified,
    IReadOnlyList<VerificationCheck> Checks,
    IReadOnlyList<string> Errors,
    string? ProofType,
    string? Cryptosuite,
    string? Issuer,
    string Status,
    bool StatusChecked);
