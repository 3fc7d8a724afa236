using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OutlookReferralAddin.AddinHost.Storage;

public sealed class SqliteReferralsDbContext(DbContextOptions<SqliteReferralsDbContext> options) : ReferralsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot compare or sort DateTimeOffset stored as text; a binary (ticks + offset) column can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>For <c>dotnet ef migrations add ... --context SqliteReferralsDbContext</c>.</summary>
internal sealed class SqliteReferralsDbContextFactory : IDesignTimeDbContextFactory<SqliteReferralsDbContext>
{
    public SqliteReferralsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteReferralsDbContext>().UseSqlite("Data Source=design.db").Options);
}
