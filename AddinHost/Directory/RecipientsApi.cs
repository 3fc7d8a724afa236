using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Directory;

internal sealed record RecipientCheckRequest(IReadOnlyList<string>? Recipients, string? OcmwId, string? PostalCode, string? Context);

/// <summary><c>bareAddress</c>: the address inside what was given (display name, brackets, <c>mailto:</c> removed).</summary>
internal sealed record RecipientCheckResult(string Address, string Verdict, string Code, string Message, string? Suggestion, string? BareAddress = null);

internal sealed record RecipientCheckResponse(IReadOnlyList<RecipientCheckResult> Results);

internal static class RecipientsApi
{
    private const int MaxRecipients = 100;

    public static void MapRecipientsApi(this WebApplication app) =>
        app.MapGroup("/api/recipients")
            .RequireWorker(app.Configuration)
            .WithTags("Recipients")
            .MapPost("/check", Check)
            .WithName("CheckRecipients");

    private static async Task<Results<Ok<RecipientCheckResponse>, ValidationProblem>> Check(
        RecipientCheckRequest request, DirectoryStore store, BrusselsClock clock, CancellationToken ct)
    {
        if (request.Recipients is not { Count: > 0 and <= MaxRecipients } recipients)
        {
            return ValidationProblems.Single("recipients", "recipients_count", $"Geef 1 tot {MaxRecipients} adressen op.");
        }

        RecipientContext context;
        if (request.Context is null)
        {
            context = RecipientContext.Referral;
        }
        else if (!Enum.TryParse(request.Context, ignoreCase: true, out context) || !Enum.IsDefined(context))
        {
            return ValidationProblems.Single("context", "context_unknown", "De context is 'referral' of 'mail'.");
        }

        // As stored now: a mailbox confirmed a moment ago is no longer refused at the worker's next check.
        var snapshot = await store.GetCurrentAsync(ct);
        var options = new RecipientCheckOptions(clock.Today, context, request.OcmwId, request.PostalCode);
        var results = recipients.Select(r => ToResult(snapshot.Policy.Check(r ?? string.Empty, options))).ToList();
        return TypedResults.Ok(new RecipientCheckResponse(results));
    }

    public static RecipientCheckResult ToResult(RecipientVerdict v) =>
        new(v.Address, JsonNamingPolicy.CamelCase.ConvertName(v.Verdict.ToString()), v.Code, v.Message, v.Suggestion, v.BareAddress);
}
