using Npgsql;

namespace OutlookReferralAddin.Benchmarks.Load;

/// <summary>A temp SQLite file, or a fresh PostgreSQL database when <c>REFERRALS_TEST_POSTGRES</c> is set (dropped afterwards).</summary>
internal sealed class LoadDatabase : IAsyncDisposable
{
    private readonly string? _admin;
    private readonly string? _name;

    private LoadDatabase(string provider, string connectionString, string? sqliteFile, string? admin, string? name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        SqliteFile = sqliteFile;
        _admin = admin;
        _name = name;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public string? SqliteFile { get; }

    public static async Task<LoadDatabase> CreateAsync(string directory)
    {
        var admin = Environment.GetEnvironmentVariable("REFERRALS_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin))
        {
            var file = Path.Combine(directory, "referrals.db");
            return new LoadDatabase("Sqlite", $"Data Source={file}", file, null, null);
        }

        var name = $"referrals_load_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new LoadDatabase("Postgres", new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 50 }.ConnectionString, null, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_admin is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
