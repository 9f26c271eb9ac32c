using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Insignia.Host.Persistence.Migrations.Sqlite
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
