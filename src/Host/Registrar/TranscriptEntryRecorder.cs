using System.Globalization;
using Insignia.Host.Issuer;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Registrar;

/// <summary>
/// Turns freshly issued credit-bearing credentials into Pending transcript entries. The issuer adds them in the
/// transaction that stores the credentials, so each credential gets exactly one entry (its id is the key).
/// </summary>
internal sealed class TranscriptEntryRecorder(InsigniaDbContext db)
{
    /// <summary>The entries for the issued outcomes whose definition awards credits (none for the others).</summary>
    public async Task<IReadOnlyList<TranscriptEntryEntity>> PendingEntriesAsync(
        IReadOnlyList<IssuanceOutcome> outcomes, IssuanceBatch batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var creditBearing = outcomes
            .Where(o => o.Credential is not null)
            .Select(o => (Credential: o.Credential!, Definition: batch.Definitions.GetValueOrDefault((o.Row.DefinitionId, o.Row.DefinitionVersion))))
            .Where(x => x.Definition?.Credits is > 0)
            .ToList();
        if (creditBearing.Count == 0)
        {
            return [];
        }

        var learnerIds = creditBearing.Select(x => x.Credential.LearnerId).Distinct().ToList();
        var identities = await db.LearnerIdentities.AsNoTracking().Where(i => learnerIds.Contains(i.LearnerId)).ToListAsync(cancellationToken);
        return [.. creditBearing.Select(x => new TranscriptEntryEntity
        {
            CredentialId = x.Credential.Id,
            LearnerId = x.Credential.LearnerId,
            LearnerSisId = SisId(x.Credential.LearnerId, x.Definition!.CourseKey, identities),
            DefinitionId = x.Definition.Id,
            DefinitionVersion = x.Definition.Version,
            CredentialName = Fit(x.Definition.Name, 200),
            CourseKey = Fit(x.Definition.CourseKey, 200),
            Term = Term(x.Credential.IssuedAt),
            Credits = x.Definition.Credits!.Value,
            EarnedAt = x.Credential.IssuedAt,
            State = TranscriptEntryState.Pending,
            StateChangedAt = now,
        })];
    }

    /// <summary>The entries among <paramref name="entries"/> that belong to the given credentials, as new objects (a retried save re-adds them).</summary>
    public static IEnumerable<TranscriptEntryEntity> For(IReadOnlyList<TranscriptEntryEntity> entries, IEnumerable<CredentialEntity> credentials)
    {
        var ids = credentials.Select(c => c.Id).ToHashSet();
        return entries.Where(e => ids.Contains(e.CredentialId)).Select(Copy);
    }

    /// <summary>The academic term of a date: the year and its half (<c>2026-1</c> January–June, <c>2026-2</c> July–December).</summary>
    public static string Term(DateTimeOffset earnedAt)
    {
        var utc = earnedAt.ToUniversalTime();
        return string.Create(CultureInfo.InvariantCulture, $"{utc.Year}-{(utc.Month <= 6 ? 1 : 2)}");
    }

    /// <summary>The learner's id in the course's own connection (the SIS roster id when the course comes from the SIS), else any id they have.</summary>
    private static string SisId(Guid learnerId, string courseKey, List<LearnerIdentityEntity> identities)
    {
        var source = courseKey.Split('/', 2)[0];
        var mine = identities.Where(i => i.LearnerId == learnerId).ToList();
        var identity = mine.FirstOrDefault(i => i.Source == source) ?? mine.OrderBy(i => i.Source, StringComparer.Ordinal).FirstOrDefault();
        return Fit(identity?.ExternalId ?? learnerId.ToString(), 200);
    }

    private static string Fit(string text, int length) => text.Length <= length ? text : text[..length];

    private static TranscriptEntryEntity Copy(TranscriptEntryEntity e) => new()
    {
        CredentialId = e.CredentialId,
        LearnerId = e.LearnerId,
        LearnerSisId = e.LearnerSisId,
        DefinitionId = e.DefinitionId,
        DefinitionVersion = e.DefinitionVersion,
        CredentialName = e.CredentialName,
        CourseKey = e.CourseKey,
        Term = e.Term,
        Credits = e.Credits,
        EarnedAt = e.EarnedAt,
        State = e.State,
        StateChangedAt = e.StateChangedAt,
    };
}
