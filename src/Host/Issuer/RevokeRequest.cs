namespace Insignia.Host.Issuer;

/// <summary>The admin revoke call's body.</summary>
internal sealed record RevokeRequest(string? Reason);
