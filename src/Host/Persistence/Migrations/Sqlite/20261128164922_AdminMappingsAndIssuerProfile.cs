using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Insignia.Host.Persistence.Migrations.Sqlite
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
                    IssuerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Image = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OtherIdentifiersJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_issuer_profiles", x => x.IssuerId);
                });

            migrationBuilder.CreateTable(
                name: "mooc_course_mappings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Connection = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExternalCourseId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExternalTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CourseKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DefinitionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
