using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class TranscriptEntryConfiguration : IEntityTypeConfiguration<TranscriptEntryEntity>
{
    public void Configure(EntityTypeBuilder<TranscriptEntryEntity> builder)
    {
        builder.ToTable("transcript_entries");
        builder.HasKey(t => t.CredentialId);
        builder.Property(t => t.LearnerSisId).HasMaxLength(200);
        builder.Property(t => t.DefinitionId).HasMaxLength(80);
        builder.Property(t => t.CredentialName).HasMaxLength(200);
        builder.Property(t => t.CourseKey).HasMaxLength(200);
        builder.Property(t => t.Term).HasMaxLength(20);
        builder.Property(t => t.Credits).HasPrecision(9, 2);
        builder.Property(t => t.RejectionReason).HasMaxLength(500);
        builder.Property(t => t.LastError).HasMaxLength(500);
        builder.Property(t => t.SisResultId).HasMaxLength(200);
        builder.HasIndex(t => new { t.State, t.EarnedAt });
        builder.HasIndex(t => t.LearnerId);
    }
}
