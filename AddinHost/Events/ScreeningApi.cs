using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Events;

/// <summary>
/// <c>POST /api/recipients/screen</c>: Core's recipient policy in the <c>Mail</c> context for the compose-window
/// event handlers. Anonymous because classic Outlook's event runtime cannot easily get a token, and the verdicts
/// reveal nothing the public directory does not. Addresses are never logged.
/// </summary>
internal static class ScreeningApi
{
    public const int MaxRecipients = 100;
    public const int MaxBodyBytes = 16 * 1024;
    public const int MaxAddressLength = 320;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/recipients/screen", ScreenAsync)
            .AllowAnonymous()
            // The registered singleton: AddEndpointFilter<T> would build a new limiter (with fresh permits) per request.
            .AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<ScreeningRateLimiter>().InvokeAsync(context, next))
            .WithName("ScreenRecipients")
            .Accepts<ScreenRequest>("application/json");
        return app;
    }

    internal static async Task<Results<Ok<ScreenResponse>, ProblemHttpResult, ValidationProblem>> ScreenAsync(
        HttpContext context, DirectoryStore directory, BrusselsClock clock)
    {
        if (await ReadAsync(context) is not { } body)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "body_too_large", "Aanvraag te groot", "De lijst met adressen is groter dan 16 kB.");
        }

        ScreenRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<ScreenRequest>(body, JsonOptions);
        }
        catch (JsonException ex) when (JsonBodyProblems.IsUnknownProperty(ex))
        {
            return JsonBodyProblems.UnknownProperty(JsonBodyProblems.PathOf(ex));
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "invalid_json", "Ongeldige aanvraag", "De aanvraag is geen geldige JSON.");
        }

        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        // The host's directory store, so an administrator's change counts at once, and Belgium's calendar date.
        var policy = (await directory.GetAsync(context.RequestAborted)).Policy;
        var options = new RecipientCheckOptions(clock.Today, RecipientContext.Mail);
        var results = request!.Recipients!.Select(address =>
        {
            var verdict = policy.Check(address!, options);
            Telemetry.ReferralMetrics.RecordScreening(Name(verdict.Verdict), verdict.Code);
            return new ScreenResult(
                address!, Name(verdict.Verdict), verdict.Code, verdict.Message, verdict.Suggestion, verdict.Code == RecipientCodes.Allowed,
                verdict.BareAddress);
        });
        return TypedResults.Ok(new ScreenResponse([.. results]));
    }

    // Null when the body is over the limit; the size feature also stops Kestrel reading further.
    private static async Task<byte[]?> ReadAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = MaxBodyBytes;
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        var buffer = new byte[MaxBodyBytes + 1];
        var length = 0;
        try
        {
            int read;
            while (length < buffer.Length && (read = await context.Request.Body.ReadAsync(buffer.AsMemory(length), context.RequestAborted)) > 0)
            {
                length += read;
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return length > MaxBodyBytes ? null : buffer[..length];
    }

    private static ValidationProblem? Validate(ScreenRequest? request)
    {
        var errors = new Dictionary<string, (string Code, string Message)>();
        if (request?.Recipients is not { Count: > 0 } recipients)
        {
            errors["recipients"] = ("recipients_required", "Geef minstens één adres op.");
        }
        else if (recipients.Count > MaxRecipients)
        {
            errors["recipients"] = ("recipients_too_many", $"Geef hoogstens {MaxRecipients} adressen op.");
        }
        else
        {
            for (var i = 0; i < recipients.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(recipients[i]) || recipients[i]!.Length > MaxAddressLength)
                {
                    errors[$"recipients[{i}]"] = ("recipient_invalid", "Dit is geen e-mailadres.");
                }
            }
        }

        return errors.Count == 0
            ? null
            : TypedResults.ValidationProblem(
                errors.ToDictionary(e => e.Key, e => new[] { e.Value.Message }),
                title: "De aanvraag bevat fouten",
                extensions: new Dictionary<string, object?>
                {
                    ["code"] = "validation_failed",
                    ["fieldCodes"] = errors.ToDictionary(e => e.Key, e => new[] { e.Value.Code }),
                });
    }

    private static string Name(Verdict verdict) => verdict switch
    {
        Verdict.Allowed => "allowed",
        Verdict.Warning => "warning",
        _ => "blocked",
    };

    private static ProblemHttpResult Problem(int status, string code, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: new Dictionary<string, object?> { ["code"] = code });
}
