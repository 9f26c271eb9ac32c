using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class IssuanceOutboxConfiguration : IEntityTypeConfiguration<IssuanceOutboxEntity>
{
    public void Configure(EntityTypeBuilder<IssuanceOutboxEntity> builder)
    {
        builder.ToTable("issuance_outbox");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedOnAdd();
        builder.Property(o => o.DefinitionId).HasMaxLength(80);
        builder.Property(o => o.LeaseOwner).HasMaxLength(64);
        builder.Property(o => o.LastError).HasMaxLength(500);
        builder.HasIndex(o => new { o.LearnerId, o.DefinitionId, o.DefinitionVersion }).IsUnique();
        builder.HasIndex(o => new { o.State, o.LeaseUntil });
    }
}
