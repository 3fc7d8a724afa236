using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>
/// Reads a JSON body with a deliberate size limit; malformed JSON and wrong types become a 400 <c>invalid_json</c>,
/// a property the request type does not have a 400 <c>unknown_property</c>, both naming the JSON path, never a 500
/// and never the offending value.
/// </summary>
internal sealed class RequestBodyReader(IOptions<JsonOptions> json)
{
    public async Task<(T? Value, byte[] Raw, IResult? Problem)> ReadAsync<T>(HttpRequest request, int maxBytes, CancellationToken ct)
        where T : class
    {
        // Only ever lowered: raising it here would let a chunked body past the endpoint's limit that a declared
        // Content-Length of the same size meets at the door (413 with a length, accepted without one).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit
            && (limit.MaxRequestBodySize is null || limit.MaxRequestBodySize > maxBytes))
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        if (!request.HasJsonContentType())
        {
            return (null, [], Problems.Create(415, "unsupported_media_type", "Stuur de gegevens als application/json."));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, [], TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, [], TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.ToArray(), json.Value.SerializerOptions);
            return value is null
                ? (null, [], JsonBodyProblems.InvalidJson("$"))
                : (value, JsonSerializer.SerializeToUtf8Bytes(value, json.Value.SerializerOptions), null);
        }
        catch (JsonException ex)
        {
            return (null, [], JsonBodyProblems.For(ex));
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge(int maxBytes) =>
        Problems.Create(413, "body_too_large", $"Het verzoek is groter dan {maxBytes / 1024} kB.");
}
