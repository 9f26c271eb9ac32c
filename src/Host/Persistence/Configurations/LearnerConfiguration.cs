using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class LearnerConfiguration : IEntityTypeConfiguration<LearnerEntity>
{
    public void Configure(EntityTypeBuilder<LearnerEntity> builder)
    {
        builder.ToTable("learners");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Did).HasMaxLength(500);
        builder.Property(l => l.Email).HasMaxLength(320);
        builder.Property(l => l.DisplayName).HasMaxLength(200);
        builder.HasMany(l => l.Identities).WithOne().HasForeignKey(i => i.LearnerId);
    }
}
