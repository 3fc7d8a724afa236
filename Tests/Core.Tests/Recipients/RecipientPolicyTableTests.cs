using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.Core.Tests.Recipients;

/// <summary>
/// The table in <c>RecipientPolicyCases.tsv</c> (next to this file): one address per line with its context, chosen OCMW,
/// postcode and the expected verdict, code and suggestion, checked against the seeded directory on 2026-11-24.
/// Non-ASCII and control characters are written as \uXXXX so lookalikes are visible in review.
/// </summary>
public class RecipientPolicyTableTests
{
    private static readonly RecipientPolicy Policy = new(DirectorySeed.Protocols);
    private static readonly DateOnly Today = new(2026, 11, 24);

    public static TheoryData<string, string, string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string, string, string>();
        foreach (var line in File.ReadLines(TablePath()))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            Assert.Equal(7, cells.Length);
            data.Add(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]);
        }

        return data;
    }

    [Fact]
    public void Table_HasAtLeast150DistinctAddresses()
    {
        var addresses = Cases().Select(row => (string)row[6]).Distinct(StringComparer.Ordinal).Count();

        Assert.True(addresses >= 150, $"only {addresses} distinct addresses in the table");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_TableRow_GivesExpectedVerdictCodeAndSuggestion(
        string context, string ocmwId, string postalCode, string verdict, string code, string suggestion, string address)
    {
        var recipient = Regex.Unescape(address);
        var options = new RecipientCheckOptions(
            Today,
            Enum.Parse<RecipientContext>(context, ignoreCase: true),
            ocmwId == "-" ? null : ocmwId,
            postalCode == "-" ? null : postalCode);

        var result = Policy.Check(recipient, options);

        Assert.Equal((code, Enum.Parse<Verdict>(verdict, ignoreCase: true)), (result.Code, result.Verdict));
        Assert.Equal(recipient, result.Address);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        if (suggestion != "*")
        {
            Assert.Equal(suggestion == "-" ? null : suggestion, result.Suggestion);
        }
    }

    private static string TablePath([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "RecipientPolicyCases.tsv");
}
