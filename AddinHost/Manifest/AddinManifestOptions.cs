using Microsoft.Extensions.Options;

namespace OutlookReferralAddin.AddinHost.Manifest;

/// <summary>
/// What the manifests are filled in with. <see cref="PublicUrl"/> comes from <c>Addin:PublicUrl</c>,
/// <see cref="ClientId"/> from <c>AzureAd:ClientId</c> (the Entra app registration the host signs in with).
/// </summary>
public sealed class AddinManifestOptions
{
    public const string SectionName = "Addin";

    /// <summary>Stands in for the Entra client id in Development only, so a developer can side-load without a registration.</summary>
    public const string DevelopmentPlaceholderClientId = "00000000-0000-4000-8000-000000000000";

    /// <summary>
    /// The origin Outlook reaches the host at, e.g. <c>https://verwijzen.opgroeien.be</c>. Default: null, meaning the
    /// scheme and host of the request that asks for the manifest (right behind a proxy only with forwarded headers).
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>The Entra application (client) id; the placeholder in Development when not configured.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// The API's application ID URI when <c>AzureAd:Audience</c> is one (<c>api://...</c>), so the manifests name the
    /// same resource the host accepts tokens for; otherwise null and the manifests use <c>api://&lt;host&gt;/&lt;clientId&gt;</c>.
    /// </summary>
    public string? ApplicationIdUri { get; set; }

    /// <summary>
    /// Calls to the anonymous <c>POST /api/recipients/screen</c> allowed per client IP per minute
    /// (<c>Addin:ScreeningPermitsPerMinute</c>). Default 600: a whole office behind one NAT address shares them.
    /// </summary>
    public int ScreeningPermitsPerMinute { get; set; } = 600;
}

/// <summary>Fails the host at start, naming the configuration key, instead of at the first manifest download.</summary>
internal sealed class AddinManifestOptionsValidator(IHostEnvironment environment) : IValidateOptions<AddinManifestOptions>
{
    public ValidateOptionsResult Validate(string? name, AddinManifestOptions options)
    {
        var failures = new List<string>();
        if (options.PublicUrl is { } publicUrl)
        {
            if (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
                || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            {
                failures.Add("Addin:PublicUrl must be an origin such as https://verwijzen.example.be (no path, query or fragment).");
            }
            else if (uri.Scheme != Uri.UriSchemeHttps && !environment.IsDevelopment())
            {
                failures.Add("Addin:PublicUrl must use https outside Development: Outlook loads add-ins over https only.");
            }
        }

        if (!Guid.TryParse(options.ClientId, out _))
        {
            failures.Add("AzureAd:ClientId must be the Entra application (client) id, a GUID.");
        }

        if (options.ScreeningPermitsPerMinute is < 1 or > 100_000)
        {
            failures.Add("Addin:ScreeningPermitsPerMinute must be between 1 and 100000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
