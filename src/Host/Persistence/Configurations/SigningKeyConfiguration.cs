using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKeyEntity>
{
    public void Configure(EntityTypeBuilder<SigningKeyEntity> builder)
    {
        builder.ToTable("signing_keys");
        builder.HasKey(k => k.KeyId);
        builder.Property(k => k.KeyId).HasMaxLength(64);
        builder.Property(k => k.Owner).HasMaxLength(128);
        builder.HasIndex(k => new { k.Owner, k.Algorithm }).IsUnique().HasFilter("\"RetiredAt\" IS NULL");
    }
}
