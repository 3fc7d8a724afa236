using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookReferralAddin.AddinHost.Tests.Events;

/// <summary>The host on a real socket on 127.0.0.1 (Development), optionally allowing one more origin (<c>Security:AllowedOrigins</c>).</summary>
internal sealed class EventHostFactory : WebApplicationFactory<Program>
{
    private readonly string? _allowedOrigin;
    private readonly string _root = System.IO.Directory.CreateTempSubdirectory("referral-events-").FullName;

    public EventHostFactory(string? allowedOrigin = null)
    {
        _allowedOrigin = allowedOrigin;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Authentication:Mode", "Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Referrals", $"Data Source={Path.Combine(_root, "referrals.db")}");
        builder.UseSetting("Mail:Mode", "Pickup");
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(_root, "outbox"));
        builder.UseSetting("Spa:DevServerUrl", string.Empty);
        if (_allowedOrigin is not null)
        {
            builder.UseSetting("Security:AllowedOrigins:0", _allowedOrigin);
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the folder is under the temp directory anyway.
        }
    }
}
