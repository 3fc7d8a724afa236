using OutlookReferralAddin.Core.Archive;
using OutlookReferralAddin.Core.Consent;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.Benchmarks.Load;

/// <summary>The part of a referral the host cannot avoid: validate, build the three documents, encrypt them.</summary>
internal static class ArchiveOnly
{
    public static void Run(IReadOnlyList<LoadClient> clients, DateOnly today, int concurrency) =>
        Parallel.ForEach(clients, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, client =>
        {
            var value = ClientValidator.Validate(client.Input).Value ?? throw new InvalidOperationException($"client {client.Index} invalid");
            var consent = ConsentValidator.Validate(new ConsentInput(true, true, "mondeling", today), today).Value
                ?? throw new InvalidOperationException("consent invalid");
            var entries = ReferralDocuments.Create(new ReferralDocumentContext(
                $"R-2026-{client.Index:D6}", DateTimeOffset.UtcNow, "Kind en Gezin Scheldeleie", "OCMW Kluisbergen", client.Recipient, value, consent));
            _ = SevenZipAesArchive.Create(entries, PassphraseGenerator.Generate());
        });
}
