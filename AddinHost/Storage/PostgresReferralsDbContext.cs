using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OutlookReferralAddin.AddinHost.Storage;

public sealed class PostgresReferralsDbContext(DbContextOptions<PostgresReferralsDbContext> options) : ReferralsDbContext(options);

/// <summary>For <c>dotnet ef migrations add ... --context PostgresReferralsDbContext</c> (no server needed).</summary>
internal sealed class PostgresReferralsDbContextFactory : IDesignTimeDbContextFactory<PostgresReferralsDbContext>
{
    public PostgresReferralsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresReferralsDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
