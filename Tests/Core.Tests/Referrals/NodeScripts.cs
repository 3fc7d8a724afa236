using System.ComponentModel;
using System.Diagnostics;

namespace OutlookReferralAddin.Core.Tests.Referrals;

/// <summary>
/// Runs the independent readers in Tests/Core.Tests/vcard-check (ical.js for vCard, ajv for JSON Schema) with node.
/// Installs their npm packages with <c>npm ci</c> on first use, under a lock so parallel tests (and parallel test
/// processes) never install at the same time. Missing node or npm fails the test with a clear message.
/// </summary>
internal static class NodeScripts
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);
    private static readonly Lazy<string> Folder = new(PrepareFolder, LazyThreadSafetyMode.ExecutionAndPublication);

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs <c>node script args</c> in the vcard-check folder.</summary>
    public static Result Run(string script, params string[] args)
    {
        var folder = Folder.Value;
        return Execute("node", [Path.Combine(folder, script), .. args], folder, RunTimeout);
    }

    private static string PrepareFolder()
    {
        var folder = FindFolder();
        if (File.Exists(Path.Combine(folder, "node_modules", ".package-lock.json")))
        {
            return folder;
        }

        // A file lock in the temp folder serialises npm ci across test processes; bounded wait.
        var lockPath = Path.Combine(Path.GetTempPath(), "core-tests-vcard-check-npm.lock");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var _ = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                if (!File.Exists(Path.Combine(folder, "node_modules", ".package-lock.json")))
                {
                    var install = Execute("npm", ["ci", "--no-audit", "--no-fund"], folder, InstallTimeout);
                    Assert.True(install.ExitCode == 0, $"npm ci failed in {folder}:\n{install.Stderr}");
                }

                return folder;
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(500);
            }
        }
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Tests", "Core.Tests", "vcard-check");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Tests/Core.Tests/vcard-check/package.json not found above " + AppContext.BaseDirectory);
    }

    private static Result Execute(string fileName, string[] args, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
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
            Assert.Fail($"'{fileName}' is not installed or not on PATH ({e.Message}). These tests need Node.js 18+ and npm "
                + "to run the independent vCard/JSON readers; install them (e.g. apt-get install nodejs npm).");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"'{fileName} {string.Join(' ', args)}' did not finish within {timeout}.");
            }

            return new Result(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
    }
}
