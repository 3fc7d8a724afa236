using System.Text;
using OutlookReferralAddin.Core.Archive;

namespace OutlookReferralAddin.Core.Tests.Archive;

/// <summary>Bad input is refused with an ArgumentException whose message leaks no name, content or passphrase.</summary>
public sealed class SevenZipAesArchiveValidationTests
{
    private const string Passphrase = "geheim-wachtwoord-Janssens";
    private const string Secret = "Janssens";

    public static TheoryData<string> BadNames =>
    [
        "",
        " ",
        "/etc/Janssens.txt",
        "../Janssens.txt",
        "map/../../Janssens.txt",
        "map/./Janssens.txt",
        "map//Janssens.txt",
        "map/Janssens/",
        "C:/Janssens.txt",
        "map\\Janssens.txt",
        "Janssens\0.txt",
        "Janssens\n.txt",
    ];

    [Theory]
    [MemberData(nameof(BadNames))]
    public void Create_BadName_ThrowsWithoutNamingIt(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => Create([Entry(name)], Passphrase));

        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        Assert.Contains("Entry 0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Janssens.txt", "Janssens.txt")]
    [InlineData("Janssens.txt", "JANSSENS.TXT")]
    public void Create_DuplicateNames_ThrowsWithoutNamingThem(string first, string second)
    {
        var error = Assert.Throws<ArgumentException>(() => Create([Entry(first), Entry(second)], Passphrase));

        Assert.Contains("Entry 1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_BadPassphrase_ThrowsWithoutEchoingIt(string passphrase)
    {
        var error = Assert.Throws<ArgumentException>(() => Create([Entry("a.txt")], passphrase));

        Assert.Equal("passphrase", error.ParamName);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    // Lone surrogates are built in code: xunit's theory data would turn them into U+FFFD.
    [Fact]
    public void Create_NameWithLoneSurrogate_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Create([Entry(Secret + '\uD800' + ".txt")], Passphrase));

        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PassphraseWithLoneSurrogate_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Create([Entry("a.txt")], Secret + '\uDC00'));

        Assert.Equal("passphrase", error.ParamName);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NullPassphrase_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Create([Entry("a.txt")], null!));

    [Fact]
    public void Create_MoreThanTheMemoryLimit_ThrowsBeforeCompressing()
    {
        // Nine entries share one 64 MiB buffer: over the limit without allocating it.
        var shared = new byte[64 * 1024 * 1024];
        var entries = Enumerable.Range(0, 9).Select(i => new ArchiveEntry($"{i}.bin", shared, ArchiveSamples.Time)).ToList();

        Assert.Throws<ArgumentException>(() => Create(entries, Passphrase));
    }

    [Fact]
    public void Create_NoEntries_Throws() =>
        Assert.Throws<ArgumentException>(() => Create([], Passphrase));

    [Fact]
    public void Create_TimeBefore1601_ThrowsWithoutContent()
    {
        var entry = new ArchiveEntry("a.txt", Encoding.UTF8.GetBytes(Secret), new DateTimeOffset(1600, 12, 31, 0, 0, 0, TimeSpan.Zero));

        var error = Assert.Throws<ArgumentException>(() => Create([entry], Passphrase));

        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.txt")]
    [InlineData("map/sub map/b.txt")]
    [InlineData(".verborgen")]
    [InlineData("a..b.txt")]
    public void Create_AcceptableName_DoesNotThrow(string name) =>
        Assert.NotEmpty(Create([Entry(name)], Passphrase).Content);

    private static EncryptedArchive Create(IReadOnlyList<ArchiveEntry> entries, string passphrase) =>
        SevenZipAesArchive.Create(entries, passphrase);

    private static ArchiveEntry Entry(string name) => new(name, Encoding.UTF8.GetBytes(Secret), ArchiveSamples.Time);
}
