using System.Text;
using OutlookReferralAddin.Core.Archive;

namespace OutlookReferralAddin.Core.Tests.Archive;

/// <summary>Test data: entries with known bytes and whole-second times (7z stores 100 ns ticks).</summary>
internal static class ArchiveSamples
{
    public static readonly DateTimeOffset Time = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    public static ArchiveEntry Text(string name, string text, int minutes = 0) =>
        new(name, Encoding.UTF8.GetBytes(text), Time.AddMinutes(minutes));

    public static ArchiveEntry Bytes(string name, int length, int seed)
    {
        var content = new byte[length];
        new Random(seed).NextBytes(content);
        return new ArchiveEntry(name, content, Time.AddSeconds(seed));
    }

    public static IReadOnlyList<ArchiveEntry> Referral() =>
    [
        Text("doorverwijzing.txt", "Beste collega,\nMevrouw Özlem Janssens-Dubois (°1990) vraagt ondersteuning.\n", 1),
        Text("client.vcf", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Özlem Janssens-Dubois\r\nTEL:+32 470 12 34 56\r\nEND:VCARD\r\n", 2),
        Text("doorverwijzing.json", """{"reference":"R-2026-000123","ocmw":"kluisbergen"}""", 3),
    ];
}
