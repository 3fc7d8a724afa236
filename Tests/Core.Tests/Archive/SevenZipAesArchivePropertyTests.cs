using OutlookReferralAddin.Core.Archive;

namespace OutlookReferralAddin.Core.Tests.Archive;

/// <summary>Random archives (seeded, 40 cases): whatever we write, 7zz tests, extracts and lists correctly.</summary>
public sealed class SevenZipAesArchivePropertyTests
{
    private const int Cases = 40;

    private const string NameCharacters = "abcxyzABC019 _-.éüøçßЖжπ中文🦄";

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, Cases)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Create_RandomEntriesAndPassphrase_RoundTripsThrough7zz(int seed)
    {
        var random = new Random(seed);
        var entries = RandomEntries(random);
        var passphrase = "p" + RandomText(random, random.Next(0, 40));

        var archive = SevenZipAesArchive.Create(entries, passphrase);

        ArchiveAssert.ExtractsWith7zz(archive, passphrase, entries);
    }

    private static List<ArchiveEntry> RandomEntries(Random random)
    {
        var count = random.Next(1, 12);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<ArchiveEntry>();
        while (entries.Count < count)
        {
            var name = RandomName(random);
            if (!names.Add(name))
            {
                continue;
            }

            var content = new byte[random.Next(4) switch { 0 => 0, 1 => random.Next(1, 40), 2 => random.Next(40, 5000), _ => random.Next(5000, 70_000) }];
            FillCompressibleOrNot(random, content);
            var time = new DateTimeOffset(random.NextInt64(new DateTime(1980, 1, 1).Ticks, new DateTime(2100, 1, 1).Ticks) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
            entries.Add(new ArchiveEntry(name, content, time));
        }

        return entries;
    }

    private static string RandomName(Random random)
    {
        var segments = Enumerable.Range(0, random.Next(1, 3))
            .Select(_ => RandomText(random, random.Next(1, 12)).Trim().Trim('.'))
            .Select(segment => segment.Length == 0 ? "x" : segment);
        return string.Join('/', segments);
    }

    /// <summary>Picks whole text elements, so surrogate pairs are never split.</summary>
    private static string RandomText(Random random, int length)
    {
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(NameCharacters);
        var pool = new List<string>();
        while (elements.MoveNext())
        {
            pool.Add(elements.GetTextElement());
        }

        return string.Concat(Enumerable.Range(0, length).Select(_ => pool[random.Next(pool.Count)]));
    }

    private static void FillCompressibleOrNot(Random random, byte[] content)
    {
        if (random.Next(2) == 0)
        {
            random.NextBytes(content);
            return;
        }

        for (var i = 0; i < content.Length; i++)
        {
            content[i] = (byte)"de doorverwijzing "[(i + random.Next(3)) % 18];
        }
    }
}
