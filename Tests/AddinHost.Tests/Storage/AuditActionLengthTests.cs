using System.Text.RegularExpressions;

namespace OutlookReferralAddin.AddinHost.Tests.Storage;

/// <summary>SQLite does not enforce varchar lengths; PostgreSQL does (a longer audit action was a 500 there only).</summary>
public sealed partial class AuditActionLengthTests
{
    [Fact]
    public void AuditActions_InTheSource_FitTheColumn()
    {
        var root = Browser.RepoPaths.Root;
        var actions = System.IO.Directory.EnumerateFiles(Path.Combine(root, "AddinHost"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => AuditCall().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.True(a.Length <= 20, $"audit action '{a}' is longer than the 20-character column"));
    }

    [GeneratedRegex("""Audit\(user, "([a-z_]+)",""")]
    private static partial Regex AuditCall();
}
