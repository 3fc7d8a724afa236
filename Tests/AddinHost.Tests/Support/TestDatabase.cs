using Npgsql;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Tests.Support;

/// <summary>A fresh database per host: a temp SQLite file, or a new PostgreSQL database dropped afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "REFERRALS_TEST_POSTGRES";

    private readonly string? _adminConnectionString;
    private readonly string? _name;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? adminConnectionString, string? name, string? file)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        _name = name;
        SqliteFile = file;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string? SqliteFile { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string directory)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(directory, "referrals.db");
            return new TestDatabase(provider, $"Data Source={file};Pooling=False", null, null, file);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            // Never a silent skip: run Tests/run.sh, or `source Tests/postgres.sh && start_test_postgres` first.
            Assert.Fail($"{PostgresVariable} is not set (CI={Environment.GetEnvironmentVariable("CI") ?? "unset"}): "
                + "start PostgreSQL with `source Tests/postgres.sh && start_test_postgres` or run `bash Tests/run.sh`.");
        }

        var name = $"referrals_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, admin, name, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
