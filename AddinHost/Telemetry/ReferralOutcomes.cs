using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Telemetry;

/// <summary>
/// Counts every answer to <c>POST /api/referrals</c> by what the worker saw: 201 sent (a replay is not a new send),
/// 5xx failed, any other error refused, each with the problem's stable code as <c>reason</c>. Observing the answer
/// instead of instrumenting each branch of the submission keeps the count honest when a branch is added.
/// </summary>
internal static class ReferralOutcomes
{
    private const string ReasonKey = "ocmw.referral.reason";

    public static bool IsReferralPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.Request.Path.Value?.TrimEnd('/') is { } path
        && path.Equals("/api/referrals", StringComparison.OrdinalIgnoreCase);

    /// <summary>Problem customization: remembers the code of the problem written for a referral.</summary>
    public static void Remember(ProblemDetailsContext problem)
    {
        if (!IsReferralPost(problem.HttpContext))
        {
            return;
        }

        var extensions = problem.ProblemDetails.Extensions;
        // A failed send names its failure code; a validation problem its first field code.
        var reason = Text(Value(extensions, "reason"))
            ?? FirstFieldCode(Value(extensions, "codes"))
            ?? Text(Value(extensions, "code"));
        if (reason is not null)
        {
            problem.HttpContext.Items[ReasonKey] = reason;
        }
    }

    public static async Task ObserveAsync(HttpContext context, RequestDelegate next)
    {
        if (!IsReferralPost(context))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            Record(context);
        }
    }

    private static void Record(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var reason = context.Items[ReasonKey] as string ?? $"status_{status}";
        if (status == StatusCodes.Status201Created)
        {
            if (!context.Response.Headers.ContainsKey("Idempotent-Replayed"))
            {
                ReferralMetrics.RecordSent();
            }
        }
        else if (status >= 500)
        {
            ReferralMetrics.RecordFailed(reason);
        }
        else if (status >= 400)
        {
            ReferralMetrics.RecordRefused(reason);
        }

        if (context.Features.Get<IHttpActivityFeature>()?.Activity is { } activity && status >= 400)
        {
            activity.SetTag("ocmw.referral.reason", ReferralMetrics.Code(reason));
        }
    }

    private static object? Value(IDictionary<string, object?> extensions, string key) =>
        extensions.TryGetValue(key, out var value) ? value : null;

    private static string? Text(object? value) => value switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        _ => null,
    };

    private static string? FirstFieldCode(object? codes) => codes switch
    {
        IEnumerable<FieldCode> list => list.Select(c => c.Code).FirstOrDefault(),
        _ => null,
    };
}
