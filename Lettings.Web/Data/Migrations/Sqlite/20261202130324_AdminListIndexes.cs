using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lettings.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AdminListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Profiles_FavoriteCity_Id",
                table: "Profiles",
                columns: new[] { "FavoriteCity", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Lettings_Title_Id",
                table: "Lettings",
                columns: new[] { "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_DateJoined_Id",
                table: "AspNetUsers",
                columns: new[] { "DateJoined", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_Email_Id",
                table: "AspNetUsers",
                columns: new[] { "Email", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_FirstName_Id",
                table: "AspNetUsers",
                columns: new[] { "FirstName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_IsActive_Id",
                table: "AspNetUsers",
                columns: new[] { "IsActive", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_LastSignIn_Id",
                table: "AspNetUsers",
                columns: new[] { "LastSignIn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_UserName_Id",
                table: "AspNetUsers",
                columns: new[] { "UserName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Addresses_City_Id",
                table: "Addresses",
                columns: new[] { "City", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Addresses_CountryIsoCode_Id",
                table: "Addresses",
                columns: new[] { "CountryIsoCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Addresses_State_Id",
                table: "Addresses",
                columns: new[] { "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Addresses_Street_Id",
                table: "Addresses",
                columns: new[] { "Street", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Addresses_ZipCode_Id",
                table: "Addresses",
                columns: new[] { "ZipCode", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Profiles_FavoriteCity_Id",
                table: "Profiles");

            migrationBuilder.DropIndex(
                name: "IX_Lettings_Title_Id",
                table: "Lettings");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_DateJoined_Id",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_Email_Id",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_FirstName_Id",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_IsActive_Id",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_LastSignIn_Id",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_UserName_Id",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_Addresses_City_Id",
                table: "Addresses");

            migrationBuilder.DropIndex(
                name: "IX_Addresses_CountryIsoCode_Id",
                table: "Addresses");

            migrationBuilder.DropIndex(
                name: "IX_Addresses_State_Id",
                table: "Addresses");

            migrationBuilder.DropIndex(
                name: "IX_Addresses_Street_Id",
                table: "Addresses");

            migrationBuilder.DropIndex(
                name: "IX_Addresses_ZipCode_Id",
                table: "Addresses");
        }
    }
}
