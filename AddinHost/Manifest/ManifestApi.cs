using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace OutlookReferralAddin.AddinHost.Manifest;

/// <summary>
/// Serves the two manifests rendered for this host, the unified manifest's package for the admin center,
/// the icons, the event handlers' page and script, and the well-known file classic Outlook needs before it lets
/// the event script call the host. All anonymous: Outlook fetches them without a user, and they hold nothing secret.
/// </summary>
internal static partial class ManifestApi
{
    /// <summary>Replaced, when the script is served, with this host's origin: a JS-only runtime cannot fetch relative URLs.</summary>
    internal const string OriginToken = "__OCMW_ADDIN_ORIGIN__";

    public static IEndpointRouteBuilder MapManifestApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/manifest.xml", GetXmlManifest).WithName("GetXmlManifest");
        group.MapGet("/manifest.json", GetUnifiedManifest).WithName("GetUnifiedManifest");
        group.MapGet("/manifest.zip", GetPackage).WithName("GetManifestPackage");
        group.MapGet("/addin-icons/{file}", GetIcon).WithName("GetAddinIcon");
        group.MapGet("/events/launchevent.js", GetEventScript).WithName("GetEventScript");
        group.MapGet("/events/runtime.html", GetEventPage).WithName("GetEventPage");
        group.MapGet("/.well-known/microsoft-officeaddins-allowed.json", GetAllowedScripts).WithName("GetAllowedEventScripts");
        return app;
    }

    private static IResult GetXmlManifest(HttpContext context, AddinDefinition addin, IOptions<AddinManifestOptions> options)
    {
        var document = XmlManifestRenderer.Render(addin, ManifestTarget.For(context.Request, options.Value));
        NoStore(context);
        return Results.Text(document.Declaration + "\n" + document.Root, "application/xml", Encoding.UTF8);
    }

    private static IResult GetUnifiedManifest(HttpContext context, AddinDefinition addin, IOptions<AddinManifestOptions> options)
    {
        var manifest = UnifiedManifestRenderer.Render(addin, ManifestTarget.For(context.Request, options.Value));
        NoStore(context);
        return Results.Text(manifest.ToJsonString(ManifestPackage.Indented), "application/json", Encoding.UTF8);
    }

    private static IResult GetPackage(HttpContext context, AddinDefinition addin, IOptions<AddinManifestOptions> options)
    {
        var package = ManifestPackage.Build(addin, ManifestTarget.For(context.Request, options.Value));
        NoStore(context);
        return Results.File(package, "application/zip", "ocmw-doorverwijzing-manifest.zip");
    }

    private static IResult GetIcon(HttpContext context, string file)
    {
        if (!IconName().IsMatch(file) || ManifestAssets.TryReadBytes("icons/" + file) is not { } png)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.Bytes(png, "image/png");
    }

    private static IResult GetEventScript(HttpContext context, IOptions<AddinManifestOptions> options)
    {
        var origin = ManifestTarget.For(context.Request, options.Value).Origin.GetLeftPart(UriPartial.Authority);
        var script = ManifestAssets.ReadText("events/launchevent.js")
            .Replace('"' + OriginToken + '"', JsonSerializer.Serialize(origin), StringComparison.Ordinal);
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Text(script, "text/javascript", Encoding.UTF8);
    }

    private static IResult GetEventPage(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Text(ManifestAssets.ReadText("events/runtime.html"), "text/html", Encoding.UTF8);
    }

    // Served by an explicit endpoint: publishing may drop a dotted folder from wwwroot.
    private static IResult GetAllowedScripts(HttpContext context, AddinDefinition addin, IOptions<AddinManifestOptions> options)
    {
        var target = ManifestTarget.For(context.Request, options.Value);
        return Results.Json(new AllowedScripts([target.Url(addin.Urls.EventScript)]));
    }

    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";

    [GeneratedRegex("^[a-z0-9-]{1,32}\\.png$", RegexOptions.CultureInvariant)]
    private static partial Regex IconName();

    internal sealed record AllowedScripts(IReadOnlyList<string> Allowed);
}
