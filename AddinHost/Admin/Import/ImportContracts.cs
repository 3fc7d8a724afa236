namespace OutlookReferralAddin.AddinHost.Admin.Import;

/// <summary>The CSV text as the admin page read it from the chosen file; <c>confirmWarnings</c> confirms the preview's warnings.</summary>
internal sealed record ImportRequest(string? Csv, bool? ConfirmWarnings);

internal sealed record ImportIssue(string Field, string Code, string Message);

/// <summary>
/// One row as the preview (and the import) judges it: <c>status</c> is <c>ok</c>, <c>warning</c> (importable once the
/// warnings are confirmed) or <c>error</c>; after an import also <c>proposed</c> (with <c>proposalId</c>) or <c>skipped</c>.
/// <c>kind</c> is <c>create</c> or <c>update</c> of the entry with that id.
/// </summary>
internal sealed record ImportRow(
    int Line, string? Id, string? Name, string Kind, string Status, IReadOnlyList<ImportIssue> Errors, IReadOnlyList<ImportIssue> Warnings,
    Guid? ProposalId = null);

internal sealed record ImportResult(int Total, int Importable, int Proposed, IReadOnlyList<ImportRow> Rows);

internal static class ImportStatuses
{
    public const string Ok = "ok";
    public const string Warning = "warning";
    public const string Error = "error";
    public const string Proposed = "proposed";
    public const string Skipped = "skipped";
}
