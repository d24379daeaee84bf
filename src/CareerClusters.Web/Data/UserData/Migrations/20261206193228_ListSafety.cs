using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerClusters.Web.Data.UserData.Migrations
{
    /// <summary>Issue 22: a list's recovery code, its soft delete (restorable for 30 days) and when it was last visited (the clean-up of unvisited lists).</summary>
    public partial class ListSafety : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeletedAt",
                table: "Lists",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastVisitedAt",
                table: "Lists",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // A list made before this migration counts as visited when it was last changed, so the clean-up of
            // unvisited lists starts counting from there rather than removing it at once. Plain SQL that every
            // provider reads (quoted names, as EF Core writes them).
            migrationBuilder.Sql("UPDATE \"Lists\" SET \"LastVisitedAt\" = \"UpdatedAt\";");

            migrationBuilder.AddColumn<string>(
                name: "RecoveryCodeHash",
                table: "Lists",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lists_DeletedAt",
                table: "Lists",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Lists_LastVisitedAt",
                table: "Lists",
                column: "LastVisitedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Lists_DeletedAt",
                table: "Lists");

            migrationBuilder.DropIndex(
                name: "IX_Lists_LastVisitedAt",
                table: "Lists");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "Lists");

            migrationBuilder.DropColumn(
                name: "LastVisitedAt",
                table: "Lists");

            migrationBuilder.DropColumn(
                name: "RecoveryCodeHash",
                table: "Lists");
        }
    }
}
