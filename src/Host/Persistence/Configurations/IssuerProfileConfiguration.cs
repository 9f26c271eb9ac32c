using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class IssuerProfileConfiguration : IEntityTypeConfiguration<IssuerProfileEntity>
{
    public void Configure(EntityTypeBuilder<IssuerProfileEntity> builder)
    {
        builder.ToTable("issuer_profiles");
        builder.HasKey(p => p.IssuerId);
        builder.Property(p => p.IssuerId).HasMaxLength(64);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.Url).HasMaxLength(500);
        builder.Property(p => p.Email).HasMaxLength(320);
        builder.Property(p => p.Image).HasMaxLength(500);
        builder.Property(p => p.Description).HasMaxLength(2000);
    }
}
