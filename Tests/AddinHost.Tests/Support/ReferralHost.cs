using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Tests.Support;

/// <summary>
/// The host in memory: its own database (SQLite file or PostgreSQL database), pickup folder in a temp dir,
/// a fake clock, captured logs, the Development sign-in with test users. Optionally Graph mail to a fake server.
/// Outside Development it registers <see cref="StartupSafetyExemptions"/> for what only a test host does (unless
/// <c>strictStartup</c>): the exemption is a service the factory adds, not a configuration key a production host could set.
/// </summary>
public sealed class ReferralHost : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly string _environment;
    private readonly bool _strictStartup;

    private ReferralHost(
        TestDatabase database, DirectoryInfo root, Dictionary<string, string?> settings, Action<IServiceCollection>? services, string environment,
        DateTimeOffset start, bool strictStartup)
    {
        _strictStartup = strictStartup;
        Time = new FakeTimeProvider(start);
        Database = database;
        Root = root;
        _settings = settings;
        _services = services;
        _environment = environment;
    }

    public TestDatabase Database { get; }

    public DirectoryInfo Root { get; }

    public string PickupDirectory => Path.Combine(Root.FullName, "outbox");

    public FakeTimeProvider Time { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public static async Task<ReferralHost> CreateAsync(
        DatabaseProvider provider = DatabaseProvider.Sqlite,
        FakeGraphServer? graph = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        string environment = "Development",
        DateTimeOffset? start = null,
        bool strictStartup = false)
    {
        var root = System.IO.Directory.CreateTempSubdirectory("referral-host-");
        var database = await TestDatabase.CreateAsync(provider, root.FullName);
        var all = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Referrals"] = database.ConnectionString,
            ["Mail:PickupDirectory"] = Path.Combine(root.FullName, "outbox"),
            ["Mail:Mode"] = graph is null ? "Pickup" : "Graph",
            ["Graph:BaseUrl"] = graph?.BaseUrl ?? "https://graph.invalid/v1.0",
            ["Graph:RetryDelaySeconds"] = "0",
            ["Graph:TimeoutSeconds"] = "5",
            ["Privacy:PseudonymKey"] = "test-pseudonym-key-0123456789abcdef-0123456789",
            // Hundreds of short-lived hosts: the start-up rehearsal would add CPU and statements to every test's own;
            // StartupRehearsalTests turn it on.
            ["Startup:Rehearse"] = "false",
        };
        if (environment != "Development")
        {
            // What a real deployment must configure (StartupSafety refuses to start without); the pickup folder stays,
            // explicitly allowed, so that tests can see what would have been sent.
            all["Addin:PublicUrl"] = "https://referrals.example.be";
            all["Mail:AllowPickupOutsideDevelopment"] = "true";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new ReferralHost(database, root, all, services, environment, start ?? Start, strictStartup);
    }

    /// <summary>A signed-in user: without <paramref name="roles"/> a Referral.Worker, without <paramref name="groups"/> in every seeded team.</summary>
    public HttpClient CreateWorker(string user = "worker@opgroeien.be", string? roles = null, string? groups = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(DevelopmentAuthenticationHandler.UserHeader, user);
        if (roles is not null)
        {
            client.DefaultRequestHeaders.Add(DevelopmentAuthenticationHandler.RolesHeader, roles);
        }

        if (groups is not null)
        {
            client.DefaultRequestHeaders.Add(DevelopmentAuthenticationHandler.GroupsHeader, groups);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public HttpClient CreateAdmin() => CreateWorker("admin@opgroeien.be", "Referral.Admin");

    /// <summary>The data protection officer: consent register, incidents, every referral (and nothing of the allow-list).</summary>
    public HttpClient CreateDpo() => CreateWorker("dpo@opgroeien.be", "Referral.Dpo");

    /// <summary>A short-lived context on the host's database, to assert what is (not) stored.</summary>
    public async Task<T> QueryAsync<T>(Func<ReferralsDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReferralsDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseContentRoot(Root.FullName);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Time);
            if (!_strictStartup)
            {
                // The test host's own seam (never a setting): its SQLite file lives in a temp folder, Graph is a local fake
                // or graph.invalid, the identity provider and public URL may be local. strictStartup shows the refusals.
                s.AddSingleton(new StartupSafetyExemptions
                {
                    TemporaryDatabase = true,
                    LocalIdentityProvider = true,
                    LocalGraph = true,
                    LocalPublicUrl = true,
                });
            }

            _services?.Invoke(s);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Root.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the temp folder is cleaned by the OS.
        }
    }
}
