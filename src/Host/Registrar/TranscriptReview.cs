using System.Globalization;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Registrar;

/// <summary>
/// The registrar's decisions: approve (Pending → Approved) one or many entries, or reject one with a reason
/// (Pending or Approved → Rejected). All or nothing: one entry that cannot move refuses the whole request.
/// </summary>
internal sealed class TranscriptReview(InsigniaDbContext db, TimeProvider time, ILogger<TranscriptReview> logger)
{
    public const int MaxReasonLength = 500;

    /// <summary>An entry can be rejected until it is in the SIS (a synced entry is withdrawn in the SIS, not here).</summary>
    private static readonly TranscriptEntryState[] Rejectable = [TranscriptEntryState.Pending, TranscriptEntryState.Approved, TranscriptEntryState.Failed];

    public async Task<RegistrarOutcome> ApproveAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return RegistrarOutcome.Refused(RegistrarErrors.NothingSelected, "Select at least one entry to approve.", "Elija al menos una entrada para aprobar.");
        }

        var entries = await LoadAsync(ids, cancellationToken);
        if (Check(ids, entries, [TranscriptEntryState.Pending], "approved") is { } refusal)
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        var changed = await db.TranscriptEntries.Where(t => ids.Contains(t.CredentialId) && t.State == TranscriptEntryState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, TranscriptEntryState.Approved).SetProperty(t => t.StateChangedAt, now), cancellationToken);
        Log.TranscriptEntriesApproved(logger, changed);
        return RegistrarOutcome.Done(changed, string.Create(CultureInfo.InvariantCulture, $"{changed} entries approved."));
    }

    public async Task<RegistrarOutcome> RejectAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            return RegistrarOutcome.Refused(RegistrarErrors.ReasonRequired, $"Give a reason of 1 to {MaxReasonLength} characters for rejecting the entry.", $"Escriba un motivo de 1 a {MaxReasonLength} caracteres para rechazar la entrada.");
        }

        var entries = await LoadAsync([id], cancellationToken);
        if (Check([id], entries, Rejectable, "rejected", allowRevoked: true) is { } refusal)
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        var trimmed = reason.Trim();
        var changed = await db.TranscriptEntries
            .Where(t => t.CredentialId == id && Rejectable.Contains(t.State))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, TranscriptEntryState.Rejected).SetProperty(t => t.StateChangedAt, now).SetProperty(t => t.RejectionReason, trimmed), cancellationToken);
        return changed == 1
            ? RegistrarOutcome.Done(1, "Entry rejected.")
            : RegistrarOutcome.Refused(RegistrarErrors.TransitionNotAllowed, "The entry changed meanwhile; reload the page.", "La entrada cambió mientras tanto; recargue la página.");
    }

    private async Task<List<ReviewedEntry>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await (from t in db.TranscriptEntries.AsNoTracking()
               join c in db.Credentials.AsNoTracking() on t.CredentialId equals c.Id
               where ids.Contains(t.CredentialId)
               select new ReviewedEntry(t, c.RevokedAt != null)).ToListAsync(cancellationToken);

    private static RegistrarOutcome? Check(IReadOnlyCollection<Guid> ids, List<ReviewedEntry> entries, TranscriptEntryState[] from, string verb, bool allowRevoked = false)
    {
        if (ids.Where(id => entries.All(e => e.Entry.CredentialId != id)).Select(id => (Guid?)id).FirstOrDefault() is { } missing)
        {
            return RegistrarOutcome.Refused(RegistrarErrors.NotFound, $"There is no transcript entry {missing}.", $"No existe la entrada de historial {missing}.");
        }

        if (entries.FirstOrDefault(e => !from.Contains(e.Entry.State)) is { } moved)
        {
            return RegistrarOutcome.Refused(RegistrarErrors.TransitionNotAllowed,
                $"Entry {moved.Entry.CredentialId} is {moved.Entry.State}, so it cannot be {verb}; only {string.Join(" or ", from)} entries can. Nothing was changed.",
                $"La entrada {moved.Entry.CredentialId} está en estado {moved.Entry.State}; no se puede {(verb == "approved" ? "aprobar" : "rechazar")}. No se cambió nada.");
        }

        if (!allowRevoked && entries.FirstOrDefault(e => e.Revoked) is { } revoked)
        {
            return RegistrarOutcome.Refused(RegistrarErrors.CredentialRevoked,
                $"The credential of entry {revoked.Entry.CredentialId} was revoked; reject the entry instead. Nothing was changed.",
                $"La credencial de la entrada {revoked.Entry.CredentialId} fue revocada; rechace la entrada. No se cambió nada.");
        }

        return null;
    }

    private sealed record ReviewedEntry(TranscriptEntryEntity Entry, bool Revoked);
}
