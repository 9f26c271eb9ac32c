using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class CredentialConfiguration : IEntityTypeConfiguration<CredentialEntity>
{
    public void Configure(EntityTypeBuilder<CredentialEntity> builder)
    {
        builder.ToTable("credentials");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.DefinitionId).HasMaxLength(80);
        builder.Property(c => c.RevocationReason).HasMaxLength(500);
        builder.HasIndex(c => c.OutboxId).IsUnique();
        builder.HasIndex(c => new { c.StatusList, c.StatusIndex }).IsUnique();
        builder.HasIndex(c => c.LearnerId);
    }
}
