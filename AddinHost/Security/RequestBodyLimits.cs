using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Security;

/// <summary>
/// Per-endpoint body limits: the endpoint's own <see cref="IRequestSizeLimitMetadata"/> or <c>Security:MaxApiBodyBytes</c>.
/// A declared length over the limit is refused before anything reads it; Kestrel enforces the same limit on chunked bodies.
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
        limit = Math.Min(limit, options.Value.MaxApiBodyBytes);
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
