using System.ComponentModel.DataAnnotations;

namespace OutlookReferralAddin.AddinHost.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Configuration section <c>Database</c>; the connection string is <c>ConnectionStrings:Referrals</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Referrals";
    public const string DefaultSqlite = "Data Source=App_Data/referrals.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations and seed the directory on start (one instance at a time when scaled out).</summary>
    public bool MigrateOnStart { get; set; } = true;

    [Required]
    public string ConnectionString { get; set; } = DefaultSqlite;
}
