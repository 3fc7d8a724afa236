using System.Diagnostics;

namespace OutlookReferralAddin.Core.Tests.Archive;

/// <summary>Real 7-Zip (<c>/usr/bin/7zz</c>) as the independent reader. Missing 7zz fails the test, never skips it.</summary>
internal static class SevenZipCli
{
    public const string Executable = "/usr/bin/7zz";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static SevenZipResult Test(string archive, string passphrase) => Run("t", "-bsp0", "-p" + passphrase, archive);

    public static SevenZipResult Extract(string archive, string passphrase, string outputDirectory) =>
        Run("x", "-bso0", "-bsp0", "-y", "-p" + passphrase, "-o" + outputDirectory, archive);

    public static SevenZipResult ListTechnical(string archive, string passphrase) => Run("l", "-slt", "-bsp0", "-p" + passphrase, archive);

    /// <summary>Without <c>-p</c>: 7zz asks on stdin, which is closed at once (as with &lt; /dev/null).</summary>
    public static SevenZipResult ListWithoutPassphrase(string archive) => Run("l", "-slt", "-bsp0", archive);

    /// <summary>Each argument is its own argv element: passphrases never pass through a shell.</summary>
    public static SevenZipResult Run(params string[] arguments)
    {
        if (!File.Exists(Executable))
        {
            Assert.Fail($"{Executable} is missing: install 7-Zip (Debian package '7zip'; Tests/run.sh does it). These tests never skip.");
        }

        var startInfo = new ProcessStartInfo(Executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["LC_ALL"] = "C.UTF-8";
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("7zz did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"7zz {arguments[0]} did not finish within {Timeout.TotalSeconds} s.");
        }

        return new SevenZipResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}

internal sealed record SevenZipResult(int ExitCode, string Output, string Error)
{
    public SevenZipResult AssertSuccess()
    {
        Assert.True(ExitCode == 0, $"7zz exited with {ExitCode}:\n{Output}\n{Error}");
        return this;
    }

    /// <summary>The <c>-slt</c> blocks that describe files (they have a CRC or Size line and no 'Type =').</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> FileBlocks()
    {
        var afterSeparator = Output[(Output.IndexOf("----------", StringComparison.Ordinal) + 10)..];
        return afterSeparator.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(block => (IReadOnlyDictionary<string, string>)block.Split('\n')
                .Select(line => line.Split(" = ", 2))
                .Where(pair => pair.Length == 2)
                .ToDictionary(pair => pair[0].Trim(), pair => pair[1]))
            .Where(block => block.ContainsKey("Path"))
            .ToList();
    }
}
