using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Security;

/// <summary>
/// Per-endpoint body limits: the endpoint's own <see cref="IRequestSizeLimitMetadata"/> (a deliberate choice in code,
/// such as the import's list of every OCMW) or else <c>Security:MaxApiBodyBytes</c>. A declared length over the limit is
/// refused before anything reads it; the server enforces the same limit on chunked bodies, and nothing later raises it
/// (see <see cref="Referrals.RequestBodyReader"/>), so one limit holds for both.
/// </summary>
internal sealed class RequestBodyLimits(IOptions<SecurityOptions> options)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        long limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? options.Value.MaxApiBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature
            && (feature.MaxRequestBodySize is null || feature.MaxRequestBodySize > limit))
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            await Problems.Create(413, "body_too_large", $"Het verzoek is groter dan {limit / 1024} kB.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
