using OutlookReferralAddin.Core.Consent;
using OutlookReferralAddin.Core.Referrals;

namespace OutlookReferralAddin.Core.Tests.Referrals;

/// <summary>Test-data builder for <see cref="ReferralDocumentContext"/>.</summary>
internal static class ReferralContexts
{
    // 23:30 UTC on 24 November is already 25 November in Brussels (UTC+1 in winter).
    public static readonly DateTimeOffset CreatedAt = new(2026, 11, 24, 23, 30, 0, TimeSpan.Zero);

    public static Client Client() => new(
        "Anne-Sophie",
        "D'Hondt",
        new Address("Stationsstraat", "12A", "3", "9690", "Kluisbergen"),
        "+32470123456",
        "an@bücher.be");

    public static ReferralDocumentContext Create(Client? client = null) => new(
        "R-2026-000123",
        CreatedAt,
        "Kind en Gezin Scheldeleie",
        "OCMW Kluisbergen",
        "socialedienst@kluisbergen.be",
        client ?? Client(),
        new ConsentFacts(ConsentMethod.Schriftelijk, new DateOnly(2026, 11, 20), ConsentStatements.CurrentVersion));
}
