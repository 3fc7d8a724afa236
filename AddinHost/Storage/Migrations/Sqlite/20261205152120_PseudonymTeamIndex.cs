using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookReferralAddin.AddinHost.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PseudonymTeamIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConsentRecords_ClientPseudonym",
                table: "ConsentRecords");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_ClientPseudonym_ReferringTeam_OcmwId",
                table: "ConsentRecords",
                columns: new[] { "ClientPseudonym", "ReferringTeam", "OcmwId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConsentRecords_ClientPseudonym_ReferringTeam_OcmwId",
                table: "ConsentRecords");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_ClientPseudonym",
                table: "ConsentRecords",
                column: "ClientPseudonym");
        }
    }
}
