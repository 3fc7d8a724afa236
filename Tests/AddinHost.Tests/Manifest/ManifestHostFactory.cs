using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OutlookReferralAddin.AddinHost.Tests.Manifest;

/// <summary>The host as deployed behind <see cref="PublicUrl"/>, in Development (placeholder Entra client id).</summary>
public sealed class ManifestHostFactory : WebApplicationFactory<Program>
{
    public const string PublicUrl = "https://addin.test.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Addin:PublicUrl", PublicUrl);
    }
}
