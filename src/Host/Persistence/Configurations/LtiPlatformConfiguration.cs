using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class LtiPlatformConfiguration : IEntityTypeConfiguration<LtiPlatformEntity>
{
    public void Configure(EntityTypeBuilder<LtiPlatformEntity> builder)
    {
        builder.ToTable("lti_platforms");
        builder.HasKey(p => p.Name);
        builder.Property(p => p.Name).HasMaxLength(64);
        builder.Property(p => p.Issuer).HasMaxLength(500);
        builder.Property(p => p.ClientId).HasMaxLength(255);
        builder.Property(p => p.AuthUrl).HasMaxLength(1000);
        builder.Property(p => p.TokenUrl).HasMaxLength(1000);
        builder.Property(p => p.JwksUrl).HasMaxLength(1000);
        builder.HasIndex(p => new { p.Issuer, p.ClientId }).IsUnique();
        builder.HasMany(p => p.Deployments).WithOne().HasForeignKey(d => d.PlatformName).OnDelete(DeleteBehavior.Cascade);
    }
}
