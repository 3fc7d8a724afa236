using OutlookReferralAddin.AddinHost.Tests.Manifest;

namespace OutlookReferralAddin.AddinHost.Tests.ClientApp;

/// <summary>
/// <c>AddinHost/ClientApp.targets</c> on a fresh clone: `dotnet run` hides the build's output, so the first start would sit
/// for minutes on "Using launch settings…". The notice goes to the terminal (a pseudo-terminal from <c>script</c> here),
/// before npm runs, and only when npm will run. npm is a stand-in on PATH: nothing is downloaded.
/// </summary>
public sealed class FirstStartNoticeTests : IDisposable
{
    private const string Notice = "Eerste start: npm-pakketten installeren en de pagina's bouwen (enkele minuten; volgende starts gaan snel)";

    private readonly DirectoryInfo _root = System.IO.Directory.CreateTempSubdirectory("first-start-");

    private string App => Path.Combine(_root.FullName, "app");

    public FirstStartNoticeTests()
    {
        var bin = System.IO.Directory.CreateDirectory(Path.Combine(_root.FullName, "bin")).FullName;
        System.IO.Directory.CreateDirectory(App);
        File.WriteAllText(Path.Combine(App, "package-lock.json"), "{}");
        // The stand-in writes to the same terminal, so the order of the two lines shows what came first.
        File.WriteAllText(Path.Combine(bin, "npm"), "#!/bin/sh\nmkdir -p node_modules\necho \"npm $*\" > /dev/tty\n");
        // The terminal write is the Unix branch of the target (script, /dev/tty); Windows builds show the message only.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(bin, "npm"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task ClientAppInstall_FreshClone_TellsTheTerminalBeforeNpmRuns()
    {
        var output = await InstallAsync();

        var notice = output.IndexOf(Notice, StringComparison.Ordinal);
        Assert.True(notice >= 0, "no notice on the terminal:\n" + output);
        Assert.True(notice < output.IndexOf("npm ci", StringComparison.Ordinal), "the notice came after npm:\n" + output);
    }

    [Fact]
    public async Task ClientAppInstall_AlreadyInstalled_SaysNothing()
    {
        await InstallAsync();

        var output = await InstallAsync();

        Assert.DoesNotContain(Notice, output, StringComparison.Ordinal);
        Assert.DoesNotContain("npm ci", output, StringComparison.Ordinal);
    }

    /// <summary>Runs the install target quietly (as `dotnet run` builds) inside a pseudo-terminal; returns what it showed.</summary>
    private async Task<string> InstallAsync()
    {
        var targets = Path.Combine(ManifestPaths.Root, "AddinHost", "ClientApp.targets");
        var command = $"PATH='{_root.FullName}/bin':\"$PATH\" '{NodeRunner.Require("dotnet")}' msbuild '{targets}' -t:ClientAppInstall -v:q -nologo -p:ClientAppDir='{App}/'";
        var (exit, output) = await NodeRunner.RunAsync("/usr/bin/script", ["-qec", command, "/dev/null"], _root.FullName, TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, $"the target failed (exit {exit}):\n{output}");
        return output;
    }

    public void Dispose() => _root.Delete(recursive: true);
}
