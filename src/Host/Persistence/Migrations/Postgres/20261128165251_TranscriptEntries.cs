using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Insignia.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TranscriptEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "transcript_entries",
                columns: table => new
                {
                    CredentialId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerSisId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DefinitionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    CredentialName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CourseKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Term = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Credits = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    EarnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    StateChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RejectionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SyncAttempts = table.Column<int>(type: "integer", nullable: false),
                    SisResultId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SyncedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transcript_entries", x => x.CredentialId);
                });

            migrationBuilder.CreateTable(
                name: "verification_days",
                columns: table => new
                {
                    DefinitionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verification_days", x => new { x.DefinitionId, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_transcript_entries_LearnerId",
                table: "transcript_entries",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_transcript_entries_State_EarnedAt",
                table: "transcript_entries",
                columns: new[] { "State", "EarnedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "transcript_entries");

            migrationBuilder.DropTable(
                name: "verification_days");
        }
    }
}
