using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace OutlookReferralAddin.Core.Tests.Referrals;

/// <summary>
/// Independent vCard readers from Debian (Tests/run.sh installs them): python3-vobject and ez-vcard (libez-vcard-java
/// with libvinnie-java, run by the JDK's source launcher). Each reads many files in one process and answers one JSON
/// object per file. A missing reader fails the test with the package to install; nothing skips.
/// </summary>
internal static class VCardReaders
{
    private const string Python = "/usr/bin/python3";
    private const string Java = "/usr/bin/java";
    private static readonly string[] Jars = ["/usr/share/java/ez-vcard.jar", "/usr/share/java/vinnie.jar"];
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static IReadOnlyList<JsonElement> Vobject(IReadOnlyList<string> files)
    {
        Require(Python, "python3");
        return Run(Python, [Path.Combine(Folder, "check_vobject.py"), .. files], files.Count, "python3-vobject");
    }

    public static IReadOnlyList<JsonElement> EzVcard(IReadOnlyList<string> files)
    {
        Require(Java, "default-jdk-headless");
        foreach (var jar in Jars)
        {
            Require(jar, jar.Contains("vinnie", StringComparison.Ordinal) ? "libvinnie-java" : "libez-vcard-java");
        }

        return Run(Java, ["-cp", string.Join(':', Jars), Path.Combine(Folder, "CheckEzVcard.java"), .. files], files.Count, "libez-vcard-java");
    }

    private static string Folder { get; } = FindFolder();

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Tests", "Core.Tests", "vcard-check");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Tests/Core.Tests/vcard-check not found above " + AppContext.BaseDirectory);
    }

    private static void Require(string path, string package) =>
        Assert.True(File.Exists(path), $"{path} is missing: apt-get install {package} (Tests/run.sh installs it). These tests never skip.");

    private static List<JsonElement> Run(string fileName, string[] args, int expected, string package)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"{fileName} could not start ({e.Message}); install {package}.");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{package} did not finish within {Timeout}.");
            }

            var lines = stdout.GetAwaiter().GetResult().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(process.ExitCode == 0 && lines.Length == expected,
                $"{package} (exit {process.ExitCode}) answered {lines.Length} of {expected} files: {stderr.GetAwaiter().GetResult()}");
            var results = lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
            Assert.All(results, r => Assert.False(r.TryGetProperty("error", out var error), error.ToString()));
            return results;
        }
    }
}
