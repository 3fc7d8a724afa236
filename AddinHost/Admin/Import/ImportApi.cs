using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Referrals;

namespace OutlookReferralAddin.AddinHost.Admin.Import;

/// <summary>
/// Bulk import of the administrator's spreadsheet of signed protocols: a preview that judges every row, then the
/// import proper that turns the acceptable rows into proposals for a second administrator.
/// </summary>
internal static class ImportApi
{
    /// <summary>
    /// Three hundred municipalities at well under 1 kB a row (a realistic file of every Flemish OCMW is about 200 kB,
    /// more with JSON escaping). Declared on the routes, so the same limit holds with and without Content-Length.
    /// </summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static void MapImportApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/admin/import")
            .RequireWorker(app.Configuration)
            .RequireAuthorization(AuthenticationExtensions.AdminPolicy)
            .WithTags("Admin")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBodyBytes));
        group.MapPost("/preview", Preview).WithName("PreviewOcmwImport").Accepts<ImportRequest>("application/json")
            .Produces<ImportResult>().ProducesValidationProblem().ProducesProblem(413);
        group.MapPost("/", Import).WithName("ImportOcmws").Accepts<ImportRequest>("application/json")
            .Produces<ImportResult>().ProducesValidationProblem().ProducesProblem(413);
    }

    private static async Task<IResult> Preview(HttpContext http, RequestBodyReader reader, OcmwImport import, CancellationToken ct)
    {
        var (_, rows, problem) = await ReadAsync(http, reader, ct);
        return problem ?? TypedResults.Ok(await import.PreviewAsync(rows!, ct));
    }

    private static async Task<IResult> Import(HttpContext http, RequestBodyReader reader, OcmwImport import, CancellationToken ct)
    {
        var (request, rows, problem) = await ReadAsync(http, reader, ct);
        return problem ?? TypedResults.Ok(await import.ImportAsync(rows!, request!.ConfirmWarnings == true, http.User, ct));
    }

    private static async Task<(ImportRequest? Request, IReadOnlyList<CsvRow>? Rows, IResult? Problem)> ReadAsync(
        HttpContext http, RequestBodyReader reader, CancellationToken ct)
    {
        var (request, _, problem) = await reader.ReadAsync<ImportRequest>(http.Request, MaxBodyBytes, ct);
        if (problem is not null)
        {
            return (null, null, problem);
        }

        if (string.IsNullOrWhiteSpace(request!.Csv))
        {
            return (request, null, ValidationProblems.Single("csv", "required", "Kies het CSV-bestand met de protocollen."));
        }

        var (rows, fileErrors) = OcmwCsv.Read(request.Csv);
        return fileErrors.Count > 0 ? (request, null, ValidationProblems.From(fileErrors)) : (request, rows, null);
    }
}
