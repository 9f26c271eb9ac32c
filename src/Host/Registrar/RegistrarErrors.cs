namespace Insignia.Host.Registrar;

/// <summary>Stable codes for refused registrar actions (also the problem codes).</summary>
internal static class RegistrarErrors
{
    public const string NotFound = "not_found";
    public const string TransitionNotAllowed = "transition_not_allowed";
    public const string CredentialRevoked = "credential_revoked";
    public const string ReasonRequired = "rejection_reason_required";
    public const string NothingSelected = "nothing_selected";
}
