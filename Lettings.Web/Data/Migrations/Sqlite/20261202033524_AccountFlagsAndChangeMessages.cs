using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lettings.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountFlagsAndChangeMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsActive",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "LastSignIn",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChangeMessage",
                table: "AdminActions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsActive",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LastSignIn",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ChangeMessage",
                table: "AdminActions");
        }
    }
}
