using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Insignia.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "connections",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BaseUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SecretReference = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    SettingsJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_connections", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "credential_definitions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseKey = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credential_definitions", x => new { x.Id, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "credentials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutboxId = table.Column<long>(type: "INTEGER", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Jwt = table.Column<string>(type: "TEXT", nullable: true),
                    StatusList = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    VerificationCount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credentials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    DefinitionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    ExplanationJson = table.Column<string>(type: "TEXT", nullable: false),
                    EvaluatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decisions", x => new { x.DefinitionId, x.LearnerId });
                });

            migrationBuilder.CreateTable(
                name: "enrollments",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CourseId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    SeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enrollments", x => new { x.Source, x.CourseId, x.ExternalId });
                });

            migrationBuilder.CreateTable(
                name: "evidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CourseId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    LearnerExternalId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Attempt = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RawValue = table.Column<double>(type: "REAL", nullable: true),
                    MaxValue = table.Column<double>(type: "REAL", nullable: true),
                    Completion = table.Column<int>(type: "INTEGER", nullable: true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Assessor = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "issuance_outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_issuance_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "learners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Did = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_learners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lti_contexts",
                columns: table => new
                {
                    PlatformName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContextId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LineItemsUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MembershipsUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lti_contexts", x => new { x.PlatformName, x.ContextId });
                });

            migrationBuilder.CreateTable(
                name: "lti_nonces",
                columns: table => new
                {
                    PlatformName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lti_nonces", x => new { x.PlatformName, x.Nonce });
                });

            migrationBuilder.CreateTable(
                name: "lti_platforms",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    AuthUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TokenUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    JwksUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AutoOnboardDeployments = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lti_platforms", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "secrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProtectedValue = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_secrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "signing_keys",
                columns: table => new
                {
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Algorithm = table.Column<int>(type: "INTEGER", nullable: false),
                    PublicKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signing_keys", x => x.KeyId);
                });

            migrationBuilder.CreateTable(
                name: "sync_cursors",
                columns: table => new
                {
                    Connection = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CourseId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Cursor = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sync_cursors", x => new { x.Connection, x.CourseId });
                });

            migrationBuilder.CreateTable(
                name: "sync_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Connection = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CourseId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Pages = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordsSeen = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordsChanged = table.Column<int>(type: "INTEGER", nullable: false),
                    LearnersEvaluated = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ErrorMessage = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sync_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "learner_identities",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_learner_identities", x => new { x.Source, x.ExternalId });
                    table.ForeignKey(
                        name: "FK_learner_identities_learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lti_deployments",
                columns: table => new
                {
                    PlatformName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeploymentId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lti_deployments", x => new { x.PlatformName, x.DeploymentId });
                    table.ForeignKey(
                        name: "FK_lti_deployments_lti_platforms_PlatformName",
                        column: x => x.PlatformName,
                        principalTable: "lti_platforms",
                        principalColumn: "Name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credential_definitions_CourseKey",
                table: "credential_definitions",
                column: "CourseKey");

            migrationBuilder.CreateIndex(
                name: "IX_credentials_LearnerId",
                table: "credentials",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_credentials_OutboxId",
                table: "credentials",
                column: "OutboxId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_credentials_StatusList_StatusIndex",
                table: "credentials",
                columns: new[] { "StatusList", "StatusIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decisions_LearnerId",
                table: "decisions",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_Source_Activity_LearnerExternalId_Attempt",
                table: "evidence",
                columns: new[] { "Source", "Activity", "LearnerExternalId", "Attempt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evidence_Source_CourseId_LearnerExternalId",
                table: "evidence",
                columns: new[] { "Source", "CourseId", "LearnerExternalId" });

            migrationBuilder.CreateIndex(
                name: "IX_issuance_outbox_LearnerId_DefinitionId_DefinitionVersion",
                table: "issuance_outbox",
                columns: new[] { "LearnerId", "DefinitionId", "DefinitionVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_issuance_outbox_State_LeaseUntil",
                table: "issuance_outbox",
                columns: new[] { "State", "LeaseUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_learner_identities_LearnerId",
                table: "learner_identities",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_lti_nonces_ExpiresAt",
                table: "lti_nonces",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_lti_platforms_Issuer_ClientId",
                table: "lti_platforms",
                columns: new[] { "Issuer", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_signing_keys_Owner_Algorithm",
                table: "signing_keys",
                columns: new[] { "Owner", "Algorithm" },
                unique: true,
                filter: "\"RetiredAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_sync_runs_Connection_CourseId_StartedAt",
                table: "sync_runs",
                columns: new[] { "Connection", "CourseId", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "connections");

            migrationBuilder.DropTable(
                name: "credential_definitions");

            migrationBuilder.DropTable(
                name: "credentials");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "enrollments");

            migrationBuilder.DropTable(
                name: "evidence");

            migrationBuilder.DropTable(
                name: "issuance_outbox");

            migrationBuilder.DropTable(
                name: "learner_identities");

            migrationBuilder.DropTable(
                name: "lti_contexts");

            migrationBuilder.DropTable(
                name: "lti_deployments");

            migrationBuilder.DropTable(
                name: "lti_nonces");

            migrationBuilder.DropTable(
                name: "secrets");

            migrationBuilder.DropTable(
                name: "signing_keys");

            migrationBuilder.DropTable(
                name: "sync_cursors");

            migrationBuilder.DropTable(
                name: "sync_runs");

            migrationBuilder.DropTable(
                name: "learners");

            migrationBuilder.DropTable(
                name: "lti_platforms");
        }
    }
}
