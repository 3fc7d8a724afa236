using OutlookReferralAddin.Core.Archive;
using OutlookReferralAddin.Core.Consent;

namespace OutlookReferralAddin.Core.Referrals;

/// <summary>Everything the documents inside the archive say.</summary>
public sealed record ReferralDocumentContext(
    string Reference,
    DateTimeOffset CreatedAt,
    string SendingTeam,
    string OcmwName,
    string RecipientMailbox,
    Client Client,
    ConsentFacts Consent);

/// <summary>Builds doorverwijzing.txt, client.vcf and doorverwijzing.json for one referral.</summary>
public static class ReferralDocuments
{
    public static IReadOnlyList<ArchiveEntry> Create(ReferralDocumentContext context) =>
        throw new NotImplementedException("Contract stub: implemented by the Core referrals work.");
}
