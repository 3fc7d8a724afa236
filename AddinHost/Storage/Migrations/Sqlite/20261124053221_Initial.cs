using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookReferralAddin.AddinHost.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WorkerObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkerUpn = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OcmwId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProtocolSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecipientMailbox = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConsentInformed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentGiven = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ConsentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StatementVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ArchiveSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MessageCorrelation = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FailureCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClientPseudonym = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OcmwProtocols",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    KboNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", nullable: false),
                    ReferringTeam = table.Column<string>(type: "TEXT", nullable: false),
                    Mailboxes = table.Column<string>(type: "TEXT", nullable: false),
                    Domains = table.Column<string>(type: "TEXT", nullable: false),
                    PostalCodes = table.Column<string>(type: "TEXT", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InForceFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NoticeMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpgroeienDpoOrganisation = table.Column<string>(type: "TEXT", nullable: false),
                    OpgroeienDpoEmail = table.Column<string>(type: "TEXT", nullable: false),
                    OcmwDpoOrganisation = table.Column<string>(type: "TEXT", nullable: false),
                    OcmwDpoEmail = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OcmwProtocols", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferenceCounters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BodyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtectedPassphrase = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PassphraseExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdempotencyRecords_ConsentRecords_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "ConsentRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_ClientPseudonym",
                table: "ConsentRecords",
                column: "ClientPseudonym");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_CreatedAt",
                table: "ConsentRecords",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_Reference",
                table: "ConsentRecords",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_ReferralId",
                table: "IdempotencyRecords",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_UserObjectId_Key",
                table: "IdempotencyRecords",
                columns: new[] { "UserObjectId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "OcmwProtocols");

            migrationBuilder.DropTable(
                name: "ReferenceCounters");

            migrationBuilder.DropTable(
                name: "ConsentRecords");
        }
    }
}
