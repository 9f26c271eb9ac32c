using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Insignia.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AdminMappingsAndIssuerProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "issuer_profiles",
                columns: table => new
                {
                    IssuerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Image = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OtherIdentifiersJson = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_issuer_profiles", x => x.IssuerId);
                });

            migrationBuilder.CreateTable(
                name: "mooc_course_mappings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Connection = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExternalCourseId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExternalTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CourseKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DefinitionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mooc_course_mappings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_mooc_course_mappings_Connection_ExternalCourseId",
                table: "mooc_course_mappings",
                columns: new[] { "Connection", "ExternalCourseId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "issuer_profiles");

            migrationBuilder.DropTable(
                name: "mooc_course_mappings");
        }
    }
}
