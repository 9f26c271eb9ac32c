using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class LtiContextConfiguration : IEntityTypeConfiguration<LtiContextEntity>
{
    public void Configure(EntityTypeBuilder<LtiContextEntity> builder)
    {
        builder.ToTable("lti_contexts");
        builder.HasKey(c => new { c.PlatformName, c.ContextId });
        builder.Property(c => c.PlatformName).HasMaxLength(64);
        builder.Property(c => c.ContextId).HasMaxLength(255);
        builder.Property(c => c.Title).HasMaxLength(500);
        builder.Property(c => c.LineItemsUrl).HasMaxLength(1000);
        builder.Property(c => c.MembershipsUrl).HasMaxLength(1000);
        builder.Property(c => c.Scopes).HasMaxLength(1000);
    }
}
