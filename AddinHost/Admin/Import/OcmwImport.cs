using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Admin.Proposals;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Recipients.EntryChecks;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.AddinHost.Admin.Import;

/// <summary>
/// Bulk import: every row gets every entry check (<see cref="OcmwEntryChecks"/>, the same as one entry on the admin page)
/// against the approved directory plus the file's earlier acceptable rows, so two rows claiming one postcode or KBO
/// number are caught in the preview, not at the second approval. Imported rows become proposals: nothing reaches the
/// directory before a second administrator approves each one.
/// </summary>
internal sealed class OcmwImport(ReferralsDbContext db, ProposalService proposals)
{
    public const string Source = "import";

    public async Task<ImportResult> PreviewAsync(IReadOnlyList<CsvRow> rows, CancellationToken ct)
    {
        var judged = await JudgeAsync(rows, ct);
        return Summarize(judged.Select(j => j.Row).ToList());
    }

    public async Task<ImportResult> ImportAsync(IReadOnlyList<CsvRow> rows, bool confirmWarnings, ClaimsPrincipal proposer, CancellationToken ct)
    {
        var judged = await JudgeAsync(rows, ct);
        var results = new List<ImportRow>(judged.Count);
        foreach (var (row, protocol) in judged)
        {
            var importable = row.Status == ImportStatuses.Ok || (row.Status == ImportStatuses.Warning && confirmWarnings);
            if (!importable || protocol is null)
            {
                results.Add(row with { Status = row.Status == ImportStatuses.Error ? ImportStatuses.Error : ImportStatuses.Skipped });
                continue;
            }

            var (proposal, failure) = await proposals.ProposeAsync(protocol, proposer, Source, ct);
            results.Add(proposal is not null
                ? row with { Status = ImportStatuses.Proposed, ProposalId = proposal.Id }
                : row with { Status = ImportStatuses.Skipped, Errors = [.. row.Errors, new ImportIssue("id", failure!.Code, failure.Title)] });
        }

        return Summarize(results);
    }

    private async Task<List<(ImportRow Row, OcmwProtocol? Protocol)>> JudgeAsync(IReadOnlyList<CsvRow> rows, CancellationToken ct)
    {
        var approved = (await db.OcmwProtocols.AsNoTracking().ToListAsync(ct)).Select(e => e.ToProtocol()).ToList();
        var pending = await proposals.WaitingAsync(ct);
        var proposed = pending.Select(ProposalService.Claim).ToList();
        var existing = approved.Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var accepted = new List<OcmwProtocol>();
        var seenIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var judged = new List<(ImportRow, OcmwProtocol?)>(rows.Count);
        foreach (var row in rows)
        {
            var (protocol, unreadable) = row.Entry.ToProtocol();

            // The file has no team groups: a row that changes an approved entry keeps the groups approved for it.
            protocol = protocol with
            {
                TeamGroupIds = protocol.TeamGroupIds
                    ?? approved.FirstOrDefault(p => string.Equals(p.Id, protocol.Id, StringComparison.OrdinalIgnoreCase))?.TeamGroupIds,
            };
            var errors = new List<FieldError>(row.Errors);
            var warnings = new List<FieldError>();
            if (row.Errors.All(e => e.Field != "csv"))
            {
                // The file's earlier rows count as if approved; the approved entry with the row's own id is the one it changes.
                var others = approved.Concat(proposed.Concat(accepted).Where(p => !string.Equals(p.Id, protocol.Id, StringComparison.OrdinalIgnoreCase)));
                var check = OcmwEntryChecks.Check(protocol, others);
                var unreadableFields = unreadable.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
                errors.AddRange(unreadable);
                errors.AddRange(check.Errors.Where(e => !unreadableFields.Contains(e.Field)));
                warnings.AddRange(check.Warnings);
                if (protocol.Id.Length > 0 && !seenIds.Add(protocol.Id))
                {
                    errors.Add(new FieldError("id", "duplicate_in_file", "Deze id staat al op een eerdere regel van het bestand."));
                }

                if (pending.Any(p => string.Equals(p.OcmwId, protocol.Id, StringComparison.OrdinalIgnoreCase)))
                {
                    errors.Add(new FieldError("id", "proposal_pending", "Voor dit OCMW wacht al een voorstel op goedkeuring."));
                }
            }

            var status = errors.Count > 0 ? ImportStatuses.Error : warnings.Count > 0 ? ImportStatuses.Warning : ImportStatuses.Ok;
            if (status != ImportStatuses.Error)
            {
                accepted.Add(protocol);
            }

            judged.Add((new ImportRow(
                row.Line, Blank(protocol.Id), Blank(protocol.Name), existing.Contains(protocol.Id) ? "update" : "create", status,
                [.. errors.Select(Issue)], [.. warnings.Select(Issue)]), status == ImportStatuses.Error ? null : protocol));
        }

        return judged;
    }

    private static ImportResult Summarize(List<ImportRow> rows) => new(
        rows.Count,
        rows.Count(r => r.Status is ImportStatuses.Ok or ImportStatuses.Warning or ImportStatuses.Proposed),
        rows.Count(r => r.Status == ImportStatuses.Proposed),
        rows);

    private static ImportIssue Issue(FieldError e) => new(e.Field, e.Code, e.Message);

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
