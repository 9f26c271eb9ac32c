using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insignia.Host.Persistence.Configurations;

internal sealed class LtiDeploymentConfiguration : IEntityTypeConfiguration<LtiDeploymentEntity>
{
    public void Configure(EntityTypeBuilder<LtiDeploymentEntity> builder)
    {
        builder.ToTable("lti_deployments");
        builder.HasKey(d => new { d.PlatformName, d.DeploymentId });
        builder.Property(d => d.PlatformName).HasMaxLength(64);
        builder.Property(d => d.DeploymentId).HasMaxLength(255);
    }
}
