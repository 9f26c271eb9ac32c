using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class VerificationDayConfiguration : IEntityTypeConfiguration<VerificationDayEntity>
{
    public void Configure(EntityTypeBuilder<VerificationDayEntity> builder)
    {
        builder.ToTable("verification_days");
        builder.HasKey(v => new { v.DefinitionId, v.Day });
        builder.Property(v => v.DefinitionId).HasMaxLength(80);
    }
}
