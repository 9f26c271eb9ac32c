using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<EnrollmentEntity>
{
    public void Configure(EntityTypeBuilder<EnrollmentEntity> builder)
    {
        builder.ToTable("enrollments");
        builder.HasKey(e => new { e.Source, e.CourseId, e.ExternalId });
        builder.Property(e => e.Source).HasMaxLength(64);
        builder.Property(e => e.CourseId).HasMaxLength(255);
        builder.Property(e => e.ExternalId).HasMaxLength(255);
    }
}
