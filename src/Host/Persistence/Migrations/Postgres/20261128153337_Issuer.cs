using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Insignia.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Issuer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "credentials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutboxId = table.Column<long>(type: "bigint", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ValidUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Jwt = table.Column<string>(type: "text", nullable: true),
                    StatusList = table.Column<int>(type: "integer", nullable: false),
                    StatusIndex = table.Column<int>(type: "integer", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    VerificationCount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credentials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "issuance_outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LeaseOwner = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_issuance_outbox", x => x.Id);
                });

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
                name: "IX_issuance_outbox_LearnerId_DefinitionId_DefinitionVersion",
                table: "issuance_outbox",
                columns: new[] { "LearnerId", "DefinitionId", "DefinitionVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_issuance_outbox_State_LeaseUntil",
                table: "issuance_outbox",
                columns: new[] { "State", "LeaseUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credentials");

            migrationBuilder.DropTable(
                name: "issuance_outbox");
        }
    }
}
