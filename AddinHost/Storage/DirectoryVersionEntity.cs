using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>
/// One row whose value the database itself raises, by trigger, on every write to the protocols or the mailbox
/// verifications, whoever writes (this host, another instance, an administrator's SQL). A referral reads this one
/// number to know whether the directory it holds is still the stored one; no writer can forget to bump it.
/// </summary>
public sealed class DirectoryVersionEntity
{
    public const int SingleId = 1;

    public int Id { get; set; }

    public long Value { get; set; }

    /// <summary>The query a referral runs: one row by primary key.</summary>
    internal const string ReadSql = """SELECT "Value" FROM "DirectoryVersion" WHERE "Id" = 1""";

    /// <summary>The directory's tables: a write to either raises the version.</summary>
    internal static readonly string[] WatchedTables = ["OcmwProtocols", "MailboxVerifications"];
    private static readonly string[] SqliteWrites = ["INSERT", "UPDATE", "DELETE"];

    internal static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DirectoryVersionEntity>(e =>
        {
            e.ToTable("DirectoryVersion");
            e.Property(v => v.Id).ValueGeneratedNever();
            e.HasData(new DirectoryVersionEntity { Id = SingleId, Value = 0 });
        });

    /// <summary>SQLite: a trigger per table and kind of write (SQLite has neither statement triggers nor "INSERT OR UPDATE").</summary>
    internal static void CreateSqliteTriggers(MigrationBuilder migrationBuilder)
    {
        foreach (var (table, write, name) in SqliteTriggers())
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER "{name}" AFTER {write} ON "{table}"
                BEGIN UPDATE "DirectoryVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1; END;
                """);
        }
    }

    internal static void DropSqliteTriggers(MigrationBuilder migrationBuilder)
    {
        foreach (var (_, _, name) in SqliteTriggers())
        {
            migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{name}";""");
        }
    }

    private static IEnumerable<(string Table, string Write, string Name)> SqliteTriggers() =>
        from table in WatchedTables
        from write in SqliteWrites
        select (table, write, $"TR_{table}_{write}_DirectoryVersion");

    /// <summary>PostgreSQL: one statement-level trigger per table, TRUNCATE included.</summary>
    internal static void CreatePostgresTriggers(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE FUNCTION "BumpDirectoryVersion"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "DirectoryVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1;
                RETURN NULL;
            END $$;
            """);
        foreach (var table in WatchedTables)
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER "TR_{table}_DirectoryVersion" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}"
                FOR EACH STATEMENT EXECUTE FUNCTION "BumpDirectoryVersion"();
                """);
        }
    }

    internal static void DropPostgresTriggers(MigrationBuilder migrationBuilder)
    {
        foreach (var table in WatchedTables)
        {
            migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "TR_{table}_DirectoryVersion" ON "{table}";""");
        }

        migrationBuilder.Sql("""DROP FUNCTION IF EXISTS "BumpDirectoryVersion"();""");
    }
}
