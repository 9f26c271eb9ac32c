using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class LtiNonceConfiguration : IEntityTypeConfiguration<LtiNonceEntity>
{
    public void Configure(EntityTypeBuilder<LtiNonceEntity> builder)
    {
        builder.ToTable("lti_nonces");
        builder.HasKey(n => new { n.PlatformName, n.Nonce }); // the unique key that makes a second insert a replay
        builder.Property(n => n.PlatformName).HasMaxLength(64);
        builder.Property(n => n.Nonce).HasMaxLength(255);
        builder.HasIndex(n => n.ExpiresAt);
    }
}
