using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<EvidenceEntity>
{
    public void Configure(EntityTypeBuilder<EvidenceEntity> builder)
    {
        builder.ToTable("evidence");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Source).HasMaxLength(64);
        builder.Property(e => e.CourseId).HasMaxLength(255);
        builder.Property(e => e.Activity).HasMaxLength(255);
        builder.Property(e => e.LearnerExternalId).HasMaxLength(255);
        builder.Property(e => e.Attempt).HasMaxLength(64);
        builder.Property(e => e.ActivityName).HasMaxLength(500);
        builder.Property(e => e.Assessor).HasMaxLength(255);
        builder.Property(e => e.Detail).HasMaxLength(255);
        builder.Property(e => e.ContentHash).HasMaxLength(64);
        builder.HasIndex(e => new { e.Source, e.Activity, e.LearnerExternalId, e.Attempt }).IsUnique();
        builder.HasIndex(e => new { e.Source, e.CourseId, e.LearnerExternalId });
    }
}
