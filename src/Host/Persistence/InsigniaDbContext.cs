using Insignia.Host.Persistence.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Persistence;

/// <summary>
/// Insignia's database. The provider-specific subclasses (<see cref="SqliteInsigniaDbContext"/>,
/// <see cref="PostgresInsigniaDbContext"/>) exist so each provider has its own checked-in migrations.
/// </summary>
internal abstract class InsigniaDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<ConnectionEntity> Connections => Set<ConnectionEntity>();

    public DbSet<SecretEntity> Secrets => Set<SecretEntity>();

    public DbSet<LearnerEntity> Learners => Set<LearnerEntity>();

    public DbSet<LearnerIdentityEntity> LearnerIdentities => Set<LearnerIdentityEntity>();

    public DbSet<EvidenceEntity> Evidence => Set<EvidenceEntity>();

    public DbSet<SyncCursorEntity> SyncCursors => Set<SyncCursorEntity>();

    public DbSet<SyncRunEntity> SyncRuns => Set<SyncRunEntity>();

    public DbSet<EnrollmentEntity> Enrollments => Set<EnrollmentEntity>();

    public DbSet<DefinitionEntity> Definitions => Set<DefinitionEntity>();

    public DbSet<DecisionEntity> Decisions => Set<DecisionEntity>();

    public DbSet<SigningKeyEntity> SigningKeys => Set<SigningKeyEntity>();

    public DbSet<LtiPlatformEntity> LtiPlatforms => Set<LtiPlatformEntity>();

    public DbSet<LtiDeploymentEntity> LtiDeployments => Set<LtiDeploymentEntity>();

    public DbSet<LtiContextEntity> LtiContexts => Set<LtiContextEntity>();

    public DbSet<LtiNonceEntity> LtiNonces => Set<LtiNonceEntity>();

    public DbSet<IssuanceOutboxEntity> IssuanceOutbox => Set<IssuanceOutboxEntity>();

    public DbSet<CredentialEntity> Credentials => Set<CredentialEntity>();

    public DbSet<MoocCourseMappingEntity> MoocCourseMappings => Set<MoocCourseMappingEntity>();

    public DbSet<IssuerProfileEntity> IssuerProfiles => Set<IssuerProfileEntity>();

    public DbSet<TranscriptEntryEntity> TranscriptEntries => Set<TranscriptEntryEntity>();

    public DbSet<VerificationDayEntity> VerificationDays => Set<VerificationDayEntity>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InsigniaDbContext).Assembly);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
