using Insignia.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Registrar;

/// <summary>Reads transcript entries for the registrar's list, detail page and CSV export.</summary>
internal sealed class TranscriptQueries(InsigniaDbContext db)
{
    public async Task<TranscriptPage> PageAsync(TranscriptFilter filter, CancellationToken cancellationToken)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Min(filter.Page, Math.Max(1, (total + TranscriptFilter.PageSize - 1) / TranscriptFilter.PageSize));
        var rows = await query.OrderByDescending(r => r.Entry.EarnedAt).ThenBy(r => r.Entry.CredentialId)
            .Skip((page - 1) * TranscriptFilter.PageSize).Take(TranscriptFilter.PageSize).ToListAsync(cancellationToken);
        return new TranscriptPage(rows, total, page);
    }

    /// <summary>Every entry the filter selects (all pages), oldest first, streamed for the CSV export.</summary>
    public IAsyncEnumerable<TranscriptRow> AllAsync(TranscriptFilter filter) =>
        Filtered(filter).OrderBy(r => r.Entry.EarnedAt).ThenBy(r => r.Entry.CredentialId).AsAsyncEnumerable();

    public Task<TranscriptRow?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Rows().FirstOrDefaultAsync(r => r.Entry.CredentialId == id, cancellationToken);

    /// <summary>The courses and credentials that have entries, for the filter lists.</summary>
    public async Task<(IReadOnlyList<string> Courses, IReadOnlyList<(string Id, string Name)> Credentials)> ChoicesAsync(CancellationToken cancellationToken)
    {
        var courses = await db.TranscriptEntries.AsNoTracking().Select(t => t.CourseKey).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        var credentials = await db.TranscriptEntries.AsNoTracking().Select(t => new { t.DefinitionId, t.CredentialName }).Distinct().ToListAsync(cancellationToken);
        return (courses, [.. credentials.GroupBy(c => c.DefinitionId).Select(g => (g.Key, g.First().CredentialName)).OrderBy(c => c.Item2, StringComparer.CurrentCulture)]);
    }

    private IQueryable<TranscriptRow> Rows() =>
        from t in db.TranscriptEntries.AsNoTracking()
        join c in db.Credentials.AsNoTracking() on t.CredentialId equals c.Id
        join l in db.Learners.AsNoTracking() on t.LearnerId equals l.Id into learners
        from l in learners.DefaultIfEmpty()
        select new TranscriptRow { Entry = t, LearnerName = l == null ? null : l.DisplayName, LearnerEmail = l == null ? null : l.Email, RevokedAt = c.RevokedAt };

    private IQueryable<TranscriptRow> Filtered(TranscriptFilter filter)
    {
        var query = Rows();
        if (filter.State is { } state)
        {
            query = query.Where(r => r.Entry.State == state);
        }

        if (filter.RevokedOnly)
        {
            query = query.Where(r => r.RevokedAt != null);
        }

        if (filter.Course is { } course)
        {
            query = query.Where(r => r.Entry.CourseKey == course);
        }

        if (filter.Credential is { } credential)
        {
            query = query.Where(r => r.Entry.DefinitionId == credential);
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(r => r.Entry.EarnedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(r => r.Entry.EarnedAt < end);
        }

        if (filter.Learner is { } learner)
        {
            var needle = learner.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL lower() in both providers; no culture applies
            query = query.Where(r => r.Entry.LearnerSisId.ToLower().Contains(needle)
                || (r.LearnerName != null && r.LearnerName.ToLower().Contains(needle))
                || (r.LearnerEmail != null && r.LearnerEmail.ToLower().Contains(needle)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return query;
    }
}
