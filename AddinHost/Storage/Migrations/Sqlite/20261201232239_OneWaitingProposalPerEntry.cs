using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookReferralAddin.AddinHost.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneWaitingProposalPerEntry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Before this index a new proposal could join an expired one still stored as pending: keep only the newest.
            migrationBuilder.Sql("""
                UPDATE "Proposals" SET "Status" = 'expired'
                WHERE "Status" = 'pending' AND EXISTS (
                    SELECT 1 FROM "Proposals" AS newer
                    WHERE newer."OcmwId" = "Proposals"."OcmwId" AND newer."Status" = 'pending' AND newer."ProposedAt" > "Proposals"."ProposedAt");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_OneWaitingPerEntry",
                table: "Proposals",
                column: "OcmwId",
                unique: true,
                filter: "\"Status\" = 'pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_OneWaitingPerEntry",
                table: "Proposals");
        }
    }
}
