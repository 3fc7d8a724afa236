using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookReferralAddin.AddinHost.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DirectoryVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectoryVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryVersion", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "DirectoryVersion",
                columns: new[] { "Id", "Value" },
                values: new object[] { 1, 0L });

            // The version rises with every write to the protocols or verifications, by the database itself.
            DirectoryVersionEntity.CreatePostgresTriggers(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            DirectoryVersionEntity.DropPostgresTriggers(migrationBuilder);

            migrationBuilder.DropTable(
                name: "DirectoryVersion");
        }
    }
}
