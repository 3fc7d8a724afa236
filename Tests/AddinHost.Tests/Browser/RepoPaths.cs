namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>Paths in the source tree, found by walking up from the test binaries to the solution.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ClientApp => Path.Combine(Root, "AddinHost", "ClientApp");

    public static string AxeScript => Path.Combine(ClientApp, "node_modules", "axe-core", "axe.min.js");

    public static string Screenshots
    {
        get
        {
            var dir = Path.Combine(Root, "Tests", "AddinHost.Tests", "artifacts", "screenshots");
            System.IO.Directory.CreateDirectory(dir);
            return dir;
        }
    }

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
