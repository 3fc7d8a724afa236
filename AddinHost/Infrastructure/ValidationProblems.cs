using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>Field errors as a ValidationProblem: <c>errors</c> per field for people, <c>codes</c> for the task pane.</summary>
internal static class ValidationProblems
{
    public const string ValidationFailed = "validation_failed";

    public static ValidationProblem From(IEnumerable<FieldError> errors)
    {
        var list = errors.ToList();
        var byField = list
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(
            byField,
            title: "De gegevens zijn niet volledig of niet juist.",
            type: Problems.TypeFor(400),
            extensions: new Dictionary<string, object?>
            {
                ["code"] = ValidationFailed,
                ["codes"] = list.Select(e => new FieldCode(e.Field, e.Code)).ToArray(),
            });
    }

    public static ValidationProblem Single(string field, string code, string message) => From([new FieldError(field, code, message)]);
}

/// <summary>One machine-readable field error.</summary>
internal sealed record FieldCode(string Field, string Code);
