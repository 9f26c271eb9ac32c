namespace Insignia.Host.Issuer;

/// <summary>The result of a revocation request; <see cref="Code"/> is null on success.</summary>
internal sealed record RevocationResult(string? Code, string Message)
{
    public const string NotFound = "credential_not_found";
    public const string AlreadyRevoked = "already_revoked";
    public const string ReasonRequired = "reason_required";

    public bool Succeeded => Code is null;
}
