using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lettings.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServerSideSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BackOfficeSessions",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    Ticket = table.Column<byte[]>(type: "bytea", nullable: false),
                    Created = table.Column<long>(type: "bigint", nullable: false),
                    Expires = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackOfficeSessions", x => x.Key);
                    table.ForeignKey(
                        name: "FK_BackOfficeSessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnknownUsernameFailures",
                columns: table => new
                {
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FailureCount = table.Column<int>(type: "integer", nullable: false),
                    LockedUntil = table.Column<long>(type: "bigint", nullable: true),
                    LastFailure = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnknownUsernameFailures", x => x.NormalizedUserName);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BackOfficeSessions_Expires",
                table: "BackOfficeSessions",
                column: "Expires");

            migrationBuilder.CreateIndex(
                name: "IX_BackOfficeSessions_UserId",
                table: "BackOfficeSessions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_UnknownUsernameFailures_LastFailure",
                table: "UnknownUsernameFailures",
                column: "LastFailure");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BackOfficeSessions");

            migrationBuilder.DropTable(
                name: "UnknownUsernameFailures");
        }
    }
}
