using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookReferralAddin.AddinHost.Storage.Migrations.Sqlite
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
            migrationBuilder.AddColumn<long>(
                name: "PassphraseExpiresAt",
                table: "IdempotencyRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedPassphrase",
                table: "IdempotencyRecords",
                type: "TEXT",
                nullable: true);
        }
    }
}
