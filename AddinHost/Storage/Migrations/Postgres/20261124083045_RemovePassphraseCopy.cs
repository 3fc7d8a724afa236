using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookReferralAddin.AddinHost.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RemovePassphraseCopy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PassphraseExpiresAt",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "ProtectedPassphrase",
                table: "IdempotencyRecords");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PassphraseExpiresAt",
                table: "IdempotencyRecords",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "ProtectedPassphrase",
                table: "IdempotencyRecords",
                type: "text",
                nullable: true);
        }
    }
}
