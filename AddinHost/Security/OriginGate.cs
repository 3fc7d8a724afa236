using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Security;

/// <summary>
/// Strict CORS: a browser request from another origin than the host's own or a configured one is refused with 403
/// (preflight included), instead of running and merely hiding the answer. The public directory is readable by anyone.
/// </summary>
internal sealed class OriginGate(IOptions<SecurityOptions> options)
{
    public const string DirectoryPath = "/api/directory";

    private readonly HashSet<string> _allowed = new(options.Value.AllowedOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0 || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (EventScriptCors.IsOwnOrigin(context.Request, origin) || _allowed.Contains(origin))
        {
            await next(context);
            return;
        }

        if (context.Request.Path.Equals(DirectoryPath, StringComparison.OrdinalIgnoreCase) && HttpMethods.IsGet(context.Request.Method))
        {
            // The protocols are public documents: any page may read them, without credentials.
            context.Response.Headers.AccessControlAllowOrigin = "*";
            await next(context);
            return;
        }

        await Problems.Create(403, "origin_not_allowed", "Deze toepassing aanvaardt geen verzoeken van een andere website.")
            .ExecuteAsync(context);
    }

    /// <summary>Headers the task pane sends and reads cross-origin (only when an origin is configured).</summary>
    public static readonly string[] RequestHeaders = [HeaderNames.Authorization, HeaderNames.ContentType, "Idempotency-Key", HeaderNames.IfMatch, HeaderNames.IfNoneMatch];

    public static readonly string[] ExposedHeaders = [HeaderNames.Location, HeaderNames.ETag, HeaderNames.RetryAfter, HeaderNames.WWWAuthenticate, "Idempotent-Replayed"];
}
