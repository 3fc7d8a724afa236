using System.Diagnostics;

namespace OutlookReferralAddin.AddinHost.Tests.Support;

/// <summary>Opens archives with the real 7-Zip, as the OCMW does.</summary>
public static class SevenZip
{
    public const string Executable = "/usr/bin/7zz";

    /// <summary>Extracts <paramref name="archive"/> with <paramref name="passphrase"/>; returns file name → bytes.</summary>
    public static async Task<IReadOnlyDictionary<string, byte[]>> ExtractAsync(byte[] archive, string passphrase)
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: install 7-Zip (apt-get install 7zip) or run bash Tests/run.sh.");
        var dir = System.IO.Directory.CreateTempSubdirectory("referral-7z-");
        try
        {
            var file = Path.Combine(dir.FullName, "in.7z");
            await File.WriteAllBytesAsync(file, archive);
            var output = Path.Combine(dir.FullName, "out");
            var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "x", $"-p{passphrase}", $"-o{output}", "-y", file })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"7zz failed ({process.ExitCode}): {await stdout} {await stderr}");
            return System.IO.Directory.GetFiles(output).ToDictionary(f => Path.GetFileName(f), f => File.ReadAllBytes(f));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
