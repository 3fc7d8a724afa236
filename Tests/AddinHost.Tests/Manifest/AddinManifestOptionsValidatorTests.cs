using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Manifest;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Manifest;

public sealed class AddinManifestOptionsValidatorTests
{
    private const string ClientId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    [Theory]
    [InlineData("https://verwijzen.example.be", "Production")]
    [InlineData("https://verwijzen.example.be:8443/", "Production")]
    [InlineData("http://localhost:5000", "Development")]
    public void Validate_GoodOrigin_Succeeds(string publicUrl, string environment)
    {
        var result = Validate(new AddinManifestOptions { PublicUrl = publicUrl, ClientId = ClientId }, environment);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("verwijzen.example.be", "Addin:PublicUrl")]
    [InlineData("https://verwijzen.example.be/addin", "Addin:PublicUrl")]
    [InlineData("https://verwijzen.example.be/?x=1", "Addin:PublicUrl")]
    [InlineData("ftp://verwijzen.example.be", "Addin:PublicUrl")]
    [InlineData("http://verwijzen.example.be", "https")]
    public void Validate_BadOriginInProduction_FailsNamingTheKey(string publicUrl, string expected)
    {
        var result = Validate(new AddinManifestOptions { PublicUrl = publicUrl, ClientId = ClientId }, "Production");

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("my-app")]
    public void Validate_NoClientId_FailsNamingAzureAdClientId(string? clientId)
    {
        var result = Validate(new AddinManifestOptions { ClientId = clientId }, "Production");

        Assert.True(result.Failed);
        Assert.Contains("AzureAd:ClientId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TooFewScreeningPermits_Fails()
    {
        var result = Validate(new AddinManifestOptions { ClientId = ClientId, ScreeningPermitsPerMinute = 0 }, "Production");

        Assert.Contains("Addin:ScreeningPermitsPerMinute", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ProductionWithoutClientId_FailsAtStartup()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Addin:PublicUrl", "https://verwijzen.example.be");
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("AzureAd:ClientId", StartupErrors.Flatten(error), StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(AddinManifestOptions options, string environment) =>
        new AddinManifestOptionsValidator(new Environment(environment)).Validate(null, options);

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
