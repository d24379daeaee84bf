using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerClusters.Web.Data.UserData.Migrations
{
    /// <inheritdoc />
    public partial class ScaleOut : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Lists",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AdminSignInAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AttemptedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdminSignInAttempts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdminSignInAttempts_Address_AttemptedUtc",
                table: "AdminSignInAttempts",
                columns: new[] { "Address", "AttemptedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AdminSignInAttempts_AttemptedUtc",
                table: "AdminSignInAttempts",
                column: "AttemptedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdminSignInAttempts");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Lists");
        }
    }
}
