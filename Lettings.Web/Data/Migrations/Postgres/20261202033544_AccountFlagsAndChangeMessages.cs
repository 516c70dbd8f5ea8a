using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lettings.Web.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastSignIn",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChangeMessage",
                table: "AdminActions",
                type: "text",
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
