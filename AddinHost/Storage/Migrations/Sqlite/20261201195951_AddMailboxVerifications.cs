using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookReferralAddin.AddinHost.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddMailboxVerifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MailboxVerifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OcmwId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Mailbox = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentByObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SentByUpn = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmedByObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConfirmedByUpn = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailureCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailboxVerifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MailboxVerifications_OcmwId_Mailbox",
                table: "MailboxVerifications",
                columns: new[] { "OcmwId", "Mailbox" });

            migrationBuilder.CreateIndex(
                name: "IX_MailboxVerifications_Reference",
                table: "MailboxVerifications",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MailboxVerifications");
        }
    }
}
