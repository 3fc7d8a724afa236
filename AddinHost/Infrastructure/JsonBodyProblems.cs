using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>
/// The answers to a JSON body the host cannot take: 400 <c>unknown_property</c> for a property no request type has
/// (article 3 of the protocols allows nothing but the listed data, and an integrator must learn that a field is
/// ignored nowhere), else 400 <c>invalid_json</c>. Both name the JSON path, never a value or the exception's text.
/// </summary>
internal static class JsonBodyProblems
{
    public const string UnknownPropertyCode = "unknown_property";
    public const string InvalidJsonCode = "invalid_json";
    public const string InvalidJsonTitle = "De gegevens zijn geen geldige JSON of een veld heeft het verkeerde type.";
    public const string UnknownPropertyTitle = "Het verzoek bevat een veld dat niet bestaat.";

    /// <summary>A property name can be long; the path in the answer is cut, it only has to point at the field.</summary>
    private const int MaxPathLength = 200;

    /// <summary>
    /// System.Text.Json reports an unmapped member (<c>UnmappedMemberHandling.Disallow</c>) with a plain
    /// <see cref="JsonException"/>; its message (not localised in .NET) is the only thing that tells it apart.
    /// <c>JsonBodyProblemsTests</c> pins it.
    /// </summary>
    public static bool IsUnknownProperty(JsonException exception) =>
        exception.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal);

    public static string PathOf(JsonException exception)
    {
        var path = exception.Path is { Length: > 0 } p ? p : "$";
        return path.Length > MaxPathLength ? path[..MaxPathLength] + "…" : path;
    }

    public static ProblemHttpResult For(JsonException exception) =>
        IsUnknownProperty(exception) ? UnknownProperty(PathOf(exception)) : InvalidJson(PathOf(exception));

    public static ProblemHttpResult UnknownProperty(string path) =>
        Problems.Create(400, UnknownPropertyCode, UnknownPropertyTitle, new Dictionary<string, object?> { ["path"] = path },
            $"Het veld {path} bestaat niet in dit verzoek. Stuur alleen de velden die de API beschrijft.");

    public static ProblemHttpResult InvalidJson(string path) =>
        Problems.Create(400, InvalidJsonCode, InvalidJsonTitle, new Dictionary<string, object?> { ["path"] = path });
}
