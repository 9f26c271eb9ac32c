using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class LearnerIdentityConfiguration : IEntityTypeConfiguration<LearnerIdentityEntity>
{
    public void Configure(EntityTypeBuilder<LearnerIdentityEntity> builder)
    {
        builder.ToTable("learner_identities");
        builder.HasKey(i => new { i.Source, i.ExternalId });
        builder.Property(i => i.Source).HasMaxLength(64);
        builder.Property(i => i.ExternalId).HasMaxLength(255);
        builder.HasIndex(i => i.LearnerId);
    }
}
