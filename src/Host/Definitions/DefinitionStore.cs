using Insignia.Core.Achievements;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Definitions;

/// <summary>
/// Saves credential definitions as immutable versions. A definition is validated (attendance guard, course
/// activities, stacking) before anything is written; a changed definition becomes a new version.
/// </summary>
internal sealed class DefinitionStore(InsigniaDbContext db, TimeProvider time)
{
    public async Task<DefinitionSaveResult> SaveAsync(CredentialDefinition definition, IReadOnlySet<ActivityKey>? courseActivities, CancellationToken cancellationToken)
    {
        var others = await LatestAllAsync(cancellationToken);
        var errors = CredentialDefinitionValidator.Validate(definition, courseActivities, id => others.GetValueOrDefault(id));
        if (errors.Count > 0)
        {
            return new DefinitionSaveResult(null, errors);
        }

        if (others.TryGetValue(definition.Id, out var current))
        {
            if (current.CourseKey != definition.CourseKey)
            {
                return new DefinitionSaveResult(null, [new CriteriaError("$.id", CriteriaErrors.InvalidValue,
                    $"The id '{definition.Id}' is already used by course {current.CourseKey}; choose another id.")]);
            }

            if (CredentialDefinitionWriter.Write(current with { Version = 0 }) == CredentialDefinitionWriter.Write(definition with { Version = 0 }))
            {
                return new DefinitionSaveResult(current, [], Unchanged: true);
            }
        }

        var saved = definition with { Version = (current?.Version ?? 0) + 1 };
        db.Definitions.Add(new DefinitionEntity
        {
            Id = saved.Id,
            Version = saved.Version,
            CourseKey = saved.CourseKey,
            Name = saved.Name,
            Json = CredentialDefinitionWriter.Write(saved),
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new DefinitionSaveResult(saved, []);
    }

    public async Task<IReadOnlyList<CriteriaError>> ValidateAsync(CredentialDefinition definition, IReadOnlySet<ActivityKey>? courseActivities, CancellationToken cancellationToken)
    {
        var others = await LatestAllAsync(cancellationToken);
        return CredentialDefinitionValidator.Validate(definition, courseActivities, id => others.GetValueOrDefault(id));
    }

    public async Task<IReadOnlyList<CredentialDefinition>> LatestForCourseAsync(string courseKey, CancellationToken cancellationToken)
    {
        var rows = await db.Definitions.AsNoTracking().Where(d => d.CourseKey == courseKey).ToListAsync(cancellationToken);
        return [.. Latest(rows).OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>The latest version of every definition of the institution (for stacking choices).</summary>
    public async Task<IReadOnlyList<CredentialDefinition>> LatestOfAllAsync(CancellationToken cancellationToken) =>
        [.. (await LatestAllAsync(cancellationToken)).Values.OrderBy(d => d.Id, StringComparer.Ordinal)];

    public async Task<CredentialDefinition?> FindAsync(string id, int? version, CancellationToken cancellationToken)
    {
        var query = db.Definitions.AsNoTracking().Where(d => d.Id == id);
        var row = version is { } v
            ? await query.FirstOrDefaultAsync(d => d.Version == v, cancellationToken)
            : await query.OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : Parse(row);
    }

    private async Task<Dictionary<string, CredentialDefinition>> LatestAllAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Definitions.AsNoTracking().ToListAsync(cancellationToken);
        return Latest(rows).ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    private static IEnumerable<CredentialDefinition> Latest(IEnumerable<DefinitionEntity> rows) =>
        rows.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => Parse(g.MaxBy(r => r.Version)!));

    internal static CredentialDefinition Parse(DefinitionEntity row)
    {
        var result = CredentialDefinitionReader.Read(row.Json);
        return result.Value ?? throw new InvalidOperationException(
            $"Stored definition {row.Id} v{row.Version} no longer parses: {string.Join("; ", result.Errors)}");
    }
}
