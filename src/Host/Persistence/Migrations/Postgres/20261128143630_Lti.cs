using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Insignia.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Lti : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lti_contexts",
                columns: table => new
                {
                    PlatformName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContextId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LineItemsUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MembershipsUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Scopes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lti_contexts", x => new { x.PlatformName, x.ContextId });
                });

            migrationBuilder.CreateTable(
                name: "lti_platforms",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    AuthUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TokenUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    JwksUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AutoOnboardDeployments = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lti_platforms", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "lti_deployments",
                columns: table => new
                {
                    PlatformName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DeploymentId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "IX_lti_platforms_Issuer_ClientId",
                table: "lti_platforms",
                columns: new[] { "Issuer", "ClientId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lti_contexts");

            migrationBuilder.DropTable(
                name: "lti_deployments");

            migrationBuilder.DropTable(
                name: "lti_platforms");
        }
    }
}
