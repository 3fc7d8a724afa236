namespace OutlookReferralAddin.AddinHost.Tests.Manifest;

/// <summary>Where the node tests of <c>Manifest/tests</c> live, found by walking up to the solution file.</summary>
internal static class ManifestPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeTests => Path.Combine(Root, "Manifest", "tests");

    public static string Out => Path.Combine(NodeTests, "out");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookReferralAddin.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OutlookReferralAddin.sln not found above " + AppContext.BaseDirectory);
    }
}
