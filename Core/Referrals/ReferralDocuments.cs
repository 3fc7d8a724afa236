using System.Text;
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
    ConsentFacts Consent,
    ReferringContact? Contact = null)
{
    /// <summary>The sending team and, when known, its mailbox, phone and the sending worker.</summary>
    public ReferringContact ReferringContact => Contact ?? new ReferringContact(SendingTeam, null, null);
}

/// <summary>Builds doorverwijzing.txt, client.vcf and doorverwijzing.json for one referral.</summary>
public static class ReferralDocuments
{
    public const string TextFileName = "doorverwijzing.txt";
    public const string VCardFileName = "client.vcf";
    public const string JsonFileName = "doorverwijzing.json";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<ArchiveEntry> Create(ReferralDocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = Encoding.UTF8.GetPreamble().Concat(Utf8WithoutBom.GetBytes(ReferralText.Write(context))).ToArray();
        var vcard = Utf8WithoutBom.GetBytes(VCardWriter.Write(context.Client, context.Reference, context.CreatedAt));
        return
        [
            new ArchiveEntry(TextFileName, text, context.CreatedAt),
            new ArchiveEntry(VCardFileName, vcard, context.CreatedAt),
            new ArchiveEntry(JsonFileName, ReferralJson.Write(context), context.CreatedAt),
        ];
    }
}
