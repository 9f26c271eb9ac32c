using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class DefinitionConfiguration : IEntityTypeConfiguration<DefinitionEntity>
{
    public void Configure(EntityTypeBuilder<DefinitionEntity> builder)
    {
        builder.ToTable("credential_definitions");
        builder.HasKey(d => new { d.Id, d.Version });
        builder.Property(d => d.Id).HasMaxLength(80);
        builder.Property(d => d.CourseKey).HasMaxLength(320);
        builder.Property(d => d.Name).HasMaxLength(500);
        builder.HasIndex(d => d.CourseKey);
    }
}
