using System.Diagnostics;
using System.Globalization;
using OutlookReferralAddin.Benchmarks.Archive;
using OutlookReferralAddin.Core.Archive;
using OutlookReferralAddin.Core.Archive.SevenZip;

namespace OutlookReferralAddin.Benchmarks;

/// <summary>
/// Our archive writer against real 7-Zip, measured in the same run on the same three referral files:
/// one <see cref="SevenZipAesArchive.Create"/> call against one whole <c>7zz a -mhe=on -p…</c> process.
/// </summary>
internal static class ArchiveBenchmark
{
    private const string SevenZip = "/usr/bin/7zz";
    private const int WarmUp = 5;
    private const int OurRuns = 50;
    private const int SevenZipRuns = 20;

    public static int Run(string[] args)
    {
        _ = args;
        if (!File.Exists(SevenZip))
        {
            Console.Error.WriteLine($"{SevenZip} is missing: install the Debian package '7zip'.");
            return 1;
        }

        var entries = ReferralSample.Entries();
        var passphrase = PassphraseGenerator.Generate();
        Console.WriteLine($"files={entries.Count} bytes={entries.Sum(e => e.Content.Length)} passphrase_length={passphrase.Length}");

        for (var i = 0; i < WarmUp; i++)
        {
            SevenZipAesArchive.Create(entries, passphrase);
        }

        var kdf = Measure(OurRuns, () => SevenZipAesKey.Derive(passphrase, new byte[SevenZipAesKey.KeySize]));
        var ours = Measure(OurRuns, () => SevenZipAesArchive.Create(entries, passphrase));
        var size = SevenZipAesArchive.Create(entries, passphrase).Content.Length;

        var directory = Directory.CreateTempSubdirectory("archive-benchmark-");
        try
        {
            var files = entries.Select(e => Write(directory.FullName, e)).ToList();
            var output = Path.Combine(directory.FullName, "out.7z");
            RunSevenZip(output, files, passphrase);
            var theirs = Measure(SevenZipRuns, () => RunSevenZip(output, files, passphrase));
            var theirSize = new FileInfo(output).Length;

            Print("kdf", kdf);
            Print("ours_create", ours);
            Print("7zz_process", theirs);
            Console.WriteLine($"archive_bytes_ours={size} archive_bytes_7zz={theirSize}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"archive_vs_7zz_ratio={Median(ours) / Median(theirs):F3}"));
            return 0;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Write(string directory, ArchiveEntry entry)
    {
        var path = Path.Combine(directory, entry.Name);
        File.WriteAllBytes(path, entry.Content.ToArray());
        return path;
    }

    private static void RunSevenZip(string output, IReadOnlyList<string> files, string passphrase)
    {
        File.Delete(output);
        var startInfo = new ProcessStartInfo(SevenZip) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in (string[])["a", "-bso0", "-bsp0", "-mhe=on", "-p" + passphrase, output, .. files])
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"7zz exited with {process.ExitCode}");
        }
    }

    private static double[] Measure(int runs, Action action)
    {
        var milliseconds = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            milliseconds[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(milliseconds);
        return milliseconds;
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    private static double Percentile90(double[] sorted) => sorted[(int)Math.Ceiling(sorted.Length * 0.9) - 1];

    private static void Print(string name, double[] sorted) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: runs={sorted.Length} median_ms={Median(sorted):F2} p90_ms={Percentile90(sorted):F2} min_ms={sorted[0]:F2}"));
}
