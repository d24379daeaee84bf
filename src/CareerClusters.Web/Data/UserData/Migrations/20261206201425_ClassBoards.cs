using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerClusters.Web.Data.UserData.Migrations
{
    /// <inheritdoc />
    public partial class ClassBoards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClassBoards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JoinCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    BoardTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecoveryCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsClosed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClassBoards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClassEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BoardId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResultCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TopClusters = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClassEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClassEntries_ClassBoards_BoardId",
                        column: x => x.BoardId,
                        principalTable: "ClassBoards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClassBoards_ExpiresUtc",
                table: "ClassBoards",
                column: "ExpiresUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ClassBoards_JoinCode",
                table: "ClassBoards",
                column: "JoinCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClassEntries_BoardId_SentUtc",
                table: "ClassEntries",
                columns: new[] { "BoardId", "SentUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClassEntries");

            migrationBuilder.DropTable(
                name: "ClassBoards");
        }
    }
}
