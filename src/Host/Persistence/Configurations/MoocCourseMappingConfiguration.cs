using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class MoocCourseMappingConfiguration : IEntityTypeConfiguration<MoocCourseMappingEntity>
{
    public void Configure(EntityTypeBuilder<MoocCourseMappingEntity> builder)
    {
        builder.ToTable("mooc_course_mappings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Connection).HasMaxLength(64);
        builder.Property(m => m.ExternalCourseId).HasMaxLength(200);
        builder.Property(m => m.ExternalTitle).HasMaxLength(300);
        builder.Property(m => m.CourseKey).HasMaxLength(200);
        builder.Property(m => m.DefinitionId).HasMaxLength(100);
        builder.HasIndex(m => new { m.Connection, m.ExternalCourseId }).IsUnique();
    }
}
