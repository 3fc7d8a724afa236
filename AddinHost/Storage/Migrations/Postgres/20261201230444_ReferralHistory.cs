using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OutlookReferralAddin.AddinHost.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReferralHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReporterObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReporterUpn = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedByObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ClosedByUpn = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Incidents_ConsentRecords_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "ConsentRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActorUpn = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OnDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralEvents_ConsentRecords_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "ConsentRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_ReferralId",
                table: "Incidents",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_ReportedAt",
                table: "Incidents",
                column: "ReportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralEvents_ReferralId_Id",
                table: "ReferralEvents",
                columns: new[] { "ReferralId", "Id" });

            // Existing referrals get the history their columns tell: who recorded and sent them, a failure or an
            // unrecorded outcome, a withdrawal (who withdrew and when exactly is not known: "systeem", at the send time).
            // Inserted in that order, so the ids keep each referral's events in sequence.
            migrationBuilder.Sql("""
                INSERT INTO "ReferralEvents" ("ReferralId", "Kind", "At", "ActorObjectId", "ActorUpn")
                SELECT "Id", 'Recorded', "CreatedAt", "WorkerObjectId", "WorkerUpn" FROM "ConsentRecords" ORDER BY "CreatedAt";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ReferralEvents" ("ReferralId", "Kind", "At", "ActorObjectId", "ActorUpn")
                SELECT "Id", 'Sent', "SentAt", "WorkerObjectId", "WorkerUpn" FROM "ConsentRecords"
                WHERE "SentAt" IS NOT NULL ORDER BY "CreatedAt";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ReferralEvents" ("ReferralId", "Kind", "At", "ActorObjectId", "ActorUpn", "Code")
                SELECT "Id", 'Failed', "CreatedAt", "WorkerObjectId", "WorkerUpn", "FailureCode" FROM "ConsentRecords"
                WHERE "SentAt" IS NULL AND "FailureCode" IS NOT NULL AND "FailureCode" <> 'outcome_not_recorded' ORDER BY "CreatedAt";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ReferralEvents" ("ReferralId", "Kind", "At", "ActorObjectId", "ActorUpn", "Code")
                SELECT "Id", 'OutcomeUnknown', "CreatedAt", 'system', 'systeem', "FailureCode" FROM "ConsentRecords"
                WHERE "FailureCode" = 'outcome_not_recorded' ORDER BY "CreatedAt";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ReferralEvents" ("ReferralId", "Kind", "At", "ActorObjectId", "ActorUpn", "OnDate")
                SELECT "Id", 'Withdrawn', COALESCE("SentAt", "CreatedAt"), 'system', 'systeem', "WithdrawnOn" FROM "ConsentRecords"
                WHERE "WithdrawnOn" IS NOT NULL ORDER BY "CreatedAt";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Incidents");

            migrationBuilder.DropTable(
                name: "ReferralEvents");
        }
    }
}
