using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class ConnectionConfiguration : IEntityTypeConfiguration<ConnectionEntity>
{
    public void Configure(EntityTypeBuilder<ConnectionEntity> builder)
    {
        builder.ToTable("connections");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(64);
        builder.Property(c => c.Kind).HasMaxLength(32);
        builder.Property(c => c.BaseUrl).HasMaxLength(500);
        builder.Property(c => c.SecretReference).HasMaxLength(128);
    }
}
