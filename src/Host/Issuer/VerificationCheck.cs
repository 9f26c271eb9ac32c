namespace Insignia.Host.Issuer;

/// <summary>One named check (proof, expiry, issuer key, status) and whether it passed.</summary>
internal sealed record VerificationCheck(string Name, bool Passed, string? Code, string? Message);
