using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class SyncCursorConfiguration : IEntityTypeConfiguration<SyncCursorEntity>
{
    public void Configure(EntityTypeBuilder<SyncCursorEntity> builder)
    {
        builder.ToTable("sync_cursors");
        builder.HasKey(c => new { c.Connection, c.CourseId });
        builder.Property(c => c.Connection).HasMaxLength(64);
        builder.Property(c => c.CourseId).HasMaxLength(255);
    }
}
