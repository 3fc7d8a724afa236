using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// The real host on a real Kestrel socket (127.0.0.1, free port) so that Chromium can load it: Development mode,
/// a temporary SQLite database and a temporary pickup folder for the mails.
/// </summary>
public sealed class KestrelHostFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="settings">Extra settings on top of the Development defaults (the sign-in tests switch to Entra).</param>
    /// <param name="services">Extra service configuration (the sign-in tests trust the local provider's certificate).</param>
    /// <param name="https">Serve HTTPS with this certificate instead of plain HTTP.</param>
    /// <param name="port">A fixed port (0: any free one).</param>
    public KestrelHostFactory(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        X509Certificate2? https = null,
        int port = 0)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
        Root = System.IO.Directory.CreateTempSubdirectory("referral-browser-").FullName;
        PickupDirectory = Path.Combine(Root, "outbox");
        System.IO.Directory.CreateDirectory(PickupDirectory);
        UseKestrel(options => options.Listen(IPAddress.Loopback, port, listen =>
        {
            if (https is not null)
            {
                listen.UseHttps(https);
            }
        }));
    }

    public string Root { get; }

    public string PickupDirectory { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.Single());
        Assert.Equal("127.0.0.1", BaseAddress.Host);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Authentication:Mode", "Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Referrals", $"Data Source={Path.Combine(Root, "referrals.db")}");
        builder.UseSetting("Mail:Mode", "Pickup");
        builder.UseSetting("Mail:PickupDirectory", PickupDirectory);
        builder.UseSetting("Spa:DevServerUrl", string.Empty);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the folder is under the temp directory anyway.
        }
    }
}
