using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Mooc;

/// <summary>MOOC course mappings (table mooc_course_mappings): one mapping per (connection, external course).</summary>
internal sealed class MoocMappingStore(InsigniaDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<MoocCourseMapping>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.MoocCourseMappings.AsNoTracking().OrderBy(m => m.Connection).ThenBy(m => m.ExternalCourseId).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MoocCourseMapping(r.Id, r.Connection, r.ExternalCourseId, r.ExternalTitle, r.CourseKey, r.DefinitionId))];
    }

    public Task<bool> ExistsAsync(string connection, string externalCourseId, CancellationToken cancellationToken) =>
        db.MoocCourseMappings.AsNoTracking().AnyAsync(m => m.Connection == connection && m.ExternalCourseId == externalCourseId, cancellationToken);

    public async Task AddAsync(string connection, string externalCourseId, string? externalTitle, string courseKey, string definitionId, CancellationToken cancellationToken)
    {
        db.MoocCourseMappings.Add(new MoocCourseMappingEntity
        {
            Connection = connection,
            ExternalCourseId = externalCourseId,
            ExternalTitle = externalTitle,
            CourseKey = courseKey,
            DefinitionId = definitionId,
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken) =>
        await db.MoocCourseMappings.Where(m => m.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
}
