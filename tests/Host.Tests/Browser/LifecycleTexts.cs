namespace Insignia.Host.Tests.Browser;

/// <summary>The visible texts the credential lifecycle test clicks and reads, in one language.</summary>
internal sealed record LifecycleTexts(
    string Locale,
    string Lang,
    string CredentialName,
    string LaunchInstructor,
    string LaunchAna,
    string NewCredential,
    string Name,
    string Description,
    string Narrative,
    string Threshold,
    string Preview,
    string Publish,
    string SyncNow,
    string IssuedNotice,
    string Valid,
    string Revoked,
    string RevokeReason,
    string RevokeButton,
    string Verify,
    string NotVerified,
    string LinkCopied)
{
    /// <summary>The name carries markup and an ampersand: the pages must show it as text.</summary>
    public static LifecycleTexts English { get; } = new(
        "en-US", "en", "Essay <b>stars</b> & co", "Launch as instructor", "Launch as learner (Ana López)", "New credential", "Name", "Description",
        "Criteria narrative", "Threshold of requirement 1", "Preview", "Publish", "Sync now", "Issued now:", "Valid", "Revoked",
        "Reason (published in the revocation list)", "Revoke credential", "Verify", "Not verified", "Link copied");

    public static LifecycleTexts Spanish { get; } = new(
        "es-MX", "es", "Ensayo <b>estrella</b> & cía", "Entrar como docente", "Entrar como estudiante (Ana López)", "Nueva credencial", "Nombre", "Descripción",
        "Criterios (en palabras)", "Umbral del requisito 1", "Vista previa", "Publicar", "Sincronizar ahora", "Emisión inmediata:", "Válida", "Revocada",
        "Motivo (se publica en la lista de revocación)", "Revocar credencial", "Verificar", "No verificada", "Enlace copiado");
}
