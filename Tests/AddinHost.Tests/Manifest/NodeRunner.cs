using System.Diagnostics;
using System.Text;

namespace OutlookReferralAddin.AddinHost.Tests.Manifest;

/// <summary>Runs node and npm for the tests in <c>Manifest/tests</c>; fails loudly when they are missing.</summary>
internal static class NodeRunner
{
    public static string Require(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"'{tool}' is not on PATH: install Node.js 20+ (apt-get install nodejs npm) to run the manifest tests.");

    /// <summary>Installs the locked devDependencies once, under a file lock so parallel runs do not collide.</summary>
    public static async Task EnsurePackagesAsync(string directory, string marker = "@microsoft/app-manifest")
    {
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "out"));
        var lockPath = Path.Combine(directory, "out", ".npm.lock");
        using var held = await AcquireAsync(lockPath);
        if (System.IO.Directory.Exists(Path.Combine(directory, "node_modules", marker)))
        {
            return;
        }

        var (exit, output) = await RunAsync(Require("npm"), ["ci", "--no-audit", "--no-fund"], directory, TimeSpan.FromMinutes(5));
        if (exit != 0)
        {
            throw new InvalidOperationException($"npm ci failed in {directory} (exit {exit}):\n{output}");
        }
    }

    public static async Task<(int Exit, string Output)> RunAsync(string file, IEnumerable<string> args, string directory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + file);
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {timeout}.");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }

    private static async Task<FileStream> AcquireAsync(string path)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }

        throw new TimeoutException("another test run held " + path + " for ten minutes");
    }
}
