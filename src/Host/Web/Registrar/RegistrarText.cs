using Insignia.Host.Persistence.Entities;
using Insignia.Host.Registrar;

namespace Insignia.Host.Web.Registrar;

/// <summary>The registrar pages' words for states and discrepancies, in Spanish and English.</summary>
internal static class RegistrarText
{
    public static string State(RegistrarRequest ui, TranscriptEntryState state) => state switch
    {
        TranscriptEntryState.Pending => ui.T("Pendiente", "Pending"),
        TranscriptEntryState.Approved => ui.T("Aprobada", "Approved"),
        TranscriptEntryState.Synced => ui.T("En el SIS", "Synced"),
        TranscriptEntryState.Failed => ui.T("Falló el envío", "Sync failed"),
        _ => ui.T("Rechazada", "Rejected"),
    };

    public static string Discrepancy(RegistrarRequest ui, string kind) => kind switch
    {
        Host.Registrar.Discrepancy.MissingEntry => ui.T("Credencial con créditos sin entrada de historial", "Credit-bearing credential without a transcript entry"),
        Host.Registrar.Discrepancy.NeedsWithdrawal => ui.T("En el SIS pero revocada: retirar del historial", "In the SIS but revoked: withdraw it from the transcript"),
        Host.Registrar.Discrepancy.RevokedNotSynced => ui.T("Revocada antes de enviarse: rechace la entrada", "Revoked before it was sent: reject the entry"),
        _ => ui.T("El SIS rechazó el envío (se reintenta en la próxima sincronización)", "The SIS refused it (retried on the next sync)"),
    };

    public static string Notice(RegistrarRequest ui, IQueryCollection query)
    {
        var count = int.TryParse(query["n"], out var n) ? n : 0;
        var failed = int.TryParse(query["failed"], out var f) ? f : 0;
        return query["done"].ToString() switch
        {
            "approved" => ui.T($"Entradas aprobadas: {count}.", $"Entries approved: {count}."),
            "rejected" => ui.T("La entrada se rechazó.", "The entry was rejected."),
            "synced" => ui.T($"Sincronización terminada: {count} enviadas al SIS, {failed} con error.", $"Sync finished: {count} sent to the SIS, {failed} failed."),
            _ => string.Empty,
        };
    }
}
