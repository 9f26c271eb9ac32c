namespace Insignia.Core.Proofs;

/// <summary>Policy for verifying credentials.</summary>
internal sealed record CredentialVerificationOptions
{
    public static CredentialVerificationOptions Default { get; } = new();

    /// <summary>Gets the tolerance for clock differences when checking <c>exp</c> and <c>nbf</c>.</summary>
    /// <value>Defaults to five minutes.</value>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets a value indicating whether the signing key must belong to the credential's issuer (the key id is under
    /// the issuer id, or its controller is the issuer). Off only for suite test vectors whose issuer is a placeholder.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool RequireIssuerControlsKey { get; init; } = true;
}
