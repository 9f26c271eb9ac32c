using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<DecisionEntity>
{
    public void Configure(EntityTypeBuilder<DecisionEntity> builder)
    {
        builder.ToTable("decisions");
        builder.HasKey(d => new { d.DefinitionId, d.LearnerId });
        builder.Property(d => d.DefinitionId).HasMaxLength(80);
        builder.HasIndex(d => d.LearnerId);
    }
}
