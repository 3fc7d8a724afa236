using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace OutlookReferralAddin.AddinHost.Security;

/// <summary>
/// CORS for the two endpoints the compose-window script calls (<c>GET /api/directory</c>,
/// <c>POST /api/recipients/screen</c>). Classic Outlook for Windows runs that script in a JavaScript-only runtime that
/// does full CORS even towards the add-in's own host, sends its <c>Origin</c> with a trailing slash
/// (<c>https://host/</c>, office-js #3907) and drops answers without a matching <c>Access-Control-Allow-Origin</c>.
/// So a request from the host's own origin, with or without that slash, or from a configured origin, gets the origin
/// echoed back exactly as sent, and its preflight is answered here for just the methods and headers the script uses.
/// Other paths and other origins are left to <see cref="OriginGate"/>; no credentials are ever allowed.
/// </summary>
internal sealed class EventScriptCors(IOptions<SecurityOptions> options)
{
    public const string ScreeningPath = "/api/recipients/screen";

    /// <summary>What launchevent.js sends: a JSON body to the screening. Its directory GET needs no header at all.</summary>
    public static readonly string[] RequestHeaders = [HeaderNames.ContentType];

    public const string Methods = "GET, POST";

    /// <summary>Chromium caps the preflight cache at two hours; one hour spares the compose checks a round trip.</summary>
    public const int PreflightMaxAgeSeconds = 3600;

    private readonly HashSet<string> _allowed = new(options.Value.AllowedOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || !IsEventScriptPath(request.Path) || !(IsOwnOrigin(request, origin) || _allowed.Contains(Trim(origin))))
        {
            return next(context);
        }

        var headers = context.Response.Headers;
        headers.AccessControlAllowOrigin = origin;
        headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        if (!HttpMethods.IsOptions(request.Method) || !request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod))
        {
            return next(context);
        }

        headers.AccessControlAllowMethods = Methods;
        headers.AccessControlAllowHeaders = string.Join(", ", RequestHeaders);
        headers.AccessControlMaxAge = PreflightMaxAgeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    /// <summary>The host's own origin, tolerating the trailing slash classic Outlook's runtime adds.</summary>
    public static bool IsOwnOrigin(HttpRequest request, string origin) =>
        string.Equals(Trim(origin), $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);

    private static bool IsEventScriptPath(PathString path) =>
        path.Equals(OriginGate.DirectoryPath, StringComparison.OrdinalIgnoreCase) || path.Equals(ScreeningPath, StringComparison.OrdinalIgnoreCase);

    // One trailing slash only: "https://host//" is not an origin any runtime sends.
    private static string Trim(string origin) => origin.EndsWith('/') ? origin[..^1] : origin;
}
