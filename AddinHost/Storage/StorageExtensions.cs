using System.Data.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Storage;

internal static class StorageExtensions
{
    public static void AddReferralStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = options.Provider == DatabaseProvider.Sqlite ? DatabaseOptions.DefaultSqlite : null;
        }

        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidatedOnStart(DatabaseOptions.Section)
            .Configure(o => o.ConnectionString = connectionString!)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is required for Database:Provider=Postgres.");

        // Pooled: every referral uses a context, and building one (services, change tracker) showed in the load profile.
        // Interceptors are resolved once from the root provider, so they must be singletons.
        var effective = EffectiveConnectionString(options.Provider, connectionString, builder.Environment.ContentRootPath);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            services.AddSingleton<IInterceptor, SqliteTempStore>();
            services.AddDbContextPool<ReferralsDbContext, SqliteReferralsDbContext>((sp, o) =>
                o.UseSqlite(effective).AddInterceptors(sp.GetServices<IInterceptor>()).ConfigureWarnings(ExpectedFailuresAreNotErrors));
        }
        else
        {
            services.AddDbContextPool<ReferralsDbContext, PostgresReferralsDbContext>((sp, o) =>
                o.UseNpgsql(effective).AddInterceptors(sp.GetServices<IInterceptor>()).ConfigureWarnings(ExpectedFailuresAreNotErrors));
        }

        services.AddSingleton(new StorageConnection(options.Provider, effective ?? ""));
        services.AddDataProtection()
            .SetApplicationName("ocmw-referral-addin")
            .PersistKeysToDbContext<ReferralsDbContext>();
        // Its hosted service loads the key ring before Kestrel starts, which made EF Core's first use (a quarter of a
        // second) part of every start; the start-up rehearsal loads it beside the rest of the start instead (#20).
        // Found by name, as the type is internal: should a version rename it, Single fails the start and every test.
        services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService"));
        services.AddScoped<ReferenceNumbers>();
        services.AddScoped<ReferralConnection>();
        services.AddSingleton<WriteGate>();
    }

    /// <summary>
    /// A retried Idempotency-Key fails its insert by design (the unique index answers it), so EF Core's own error
    /// events are debug-level; the code that catches a failure logs it at the level it deserves, with codes only.
    /// </summary>
    private static void ExpectedFailuresAreNotErrors(WarningsConfigurationBuilder warnings) =>
        warnings.Log((RelationalEventId.CommandError, LogLevel.Debug), (CoreEventId.SaveChangesFailed, LogLevel.Debug));

    public static async Task InitializeReferralStorageAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!options.MigrateOnStart)
        {
            return;
        }

        // Once per database, not per start: a restart on a database that already holds this build's latest migration and
        // its directory asks that in one plain query, and EF Core's first use moves off the start path (#20).
        var latest = StoredSchema.LatestMigration(options.Provider);
        if (await StoredSchema.IsCurrentAsync(app.Services.GetRequiredService<StorageConnection>(), latest, CancellationToken.None))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        var migrated = !(await db.Database.GetAppliedMigrationsAsync()).Contains(latest, StringComparer.Ordinal);
        if (migrated)
        {
            await db.Database.MigrateAsync();
        }

        if (db is SqliteReferralsDbContext)
        {
            // WAL lets readers continue while one request writes (one statement; also for a file migrated elsewhere).
            await db.Database.ExecuteSqlAsync($"PRAGMA journal_mode=WAL;");
        }

        var directory = scope.ServiceProvider.GetRequiredService<DirectoryStore>();
        var seeded = await directory.SeedIfEmptyAsync(withPlaceholderContacts: app.Environment.IsDevelopment(), CancellationToken.None);
        // Development's fix-ups of the seed belong to the database, like the migrations: they ran when it was seeded or
        // migrated by this build, and a restart on it skips their queries (issue #20: a third of a development start).
        if (app.Environment.IsDevelopment() && (seeded || migrated))
        {
            await VerificationSeed.MarkSeedVerifiedAsync(db, app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), CancellationToken.None);
            await Teams.DevelopmentTeams.AssignSeedGroupsAsync(db, app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), CancellationToken.None);
            directory.Invalidate();
        }
    }

    /// <summary>The connection string of EF Core and of the <see cref="StorageConnection"/>.</summary>
    private static string? EffectiveConnectionString(DatabaseProvider provider, string? connectionString, string contentRoot) =>
        provider == DatabaseProvider.Sqlite ? SqliteConnectionString(connectionString!, contentRoot) : PostgresConnectionString(connectionString);

    /// <summary>
    /// The host runs the same handful of statements for every referral, so Npgsql prepares them on the server after a
    /// few uses (in the load benchmark: a quarter less PostgreSQL CPU per referral). An explicit <c>Max Auto Prepare</c>
    /// wins, e.g. 0 behind a connection pooler that cannot keep prepared statements.
    /// </summary>
    private static string? PostgresConnectionString(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 20 }.ConnectionString;
    }

    /// <summary>Relative SQLite paths are under the content root; the folder is created so a fresh checkout runs.</summary>
    private static string SqliteConnectionString(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(csb.DataSource) && csb.DataSource != ":memory:" && csb.Mode != SqliteOpenMode.Memory)
        {
            csb.DataSource = Path.GetFullPath(csb.DataSource, contentRoot);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        }

        return csb.ToString();
    }
}
