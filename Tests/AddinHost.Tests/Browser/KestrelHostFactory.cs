using System.Net;
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
    public KestrelHostFactory()
    {
        Root = System.IO.Directory.CreateTempSubdirectory("referral-browser-").FullName;
        PickupDirectory = Path.Combine(Root, "outbox");
        System.IO.Directory.CreateDirectory(PickupDirectory);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
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
