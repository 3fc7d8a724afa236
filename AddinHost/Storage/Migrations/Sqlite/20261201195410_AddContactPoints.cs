using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookReferralAddin.AddinHost.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddContactPoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SocialServicePhone",
                table: "OcmwProtocols",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TeamMailbox",
                table: "OcmwProtocols",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TeamPhone",
                table: "OcmwProtocols",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SocialServicePhone",
                table: "OcmwProtocols");

            migrationBuilder.DropColumn(
                name: "TeamMailbox",
                table: "OcmwProtocols");

            migrationBuilder.DropColumn(
                name: "TeamPhone",
                table: "OcmwProtocols");
        }
    }
}
