using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookReferralAddin.AddinHost.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReferringTeams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "TeamGroupIds",
                table: "OcmwProtocols",
                type: "text[]",
                nullable: false,
                // Existing protocols get no group: they accept no referrals until administrators set the team's groups.
                defaultValueSql: "ARRAY[]::text[]");

            migrationBuilder.AddColumn<string>(
                name: "ReferringTeam",
                table: "ConsentRecords",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Existing referrals keep the team of the protocol they were sent under.
            migrationBuilder.Sql("""
                UPDATE "ConsentRecords" SET "ReferringTeam" = COALESCE(SUBSTR(
                    (SELECT p."ReferringTeam" FROM "OcmwProtocols" AS p WHERE p."Id" = "ConsentRecords"."OcmwId"), 1, 200), '');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_ReferringTeam",
                table: "ConsentRecords",
                column: "ReferringTeam");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConsentRecords_ReferringTeam",
                table: "ConsentRecords");

            migrationBuilder.DropColumn(
                name: "TeamGroupIds",
                table: "OcmwProtocols");

            migrationBuilder.DropColumn(
                name: "ReferringTeam",
                table: "ConsentRecords");
        }
    }
}
