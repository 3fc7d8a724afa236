using System.Diagnostics;
using MimeKit;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>Reads a referral mail from the pickup folder and opens its archive with the real 7-Zip.</summary>
internal static class PickupArchive
{
    public const string SevenZip = "/usr/bin/7zz";

    public static async Task<MimeMessage> WaitForMailAsync(string folder, string reference)
    {
        var path = Path.Combine(folder, reference + ".eml");
        for (var i = 0; i < 50 && !File.Exists(path); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(File.Exists(path), $"no mail {reference}.eml in the pickup folder; found: {string.Join(", ", System.IO.Directory.GetFiles(folder).Select(Path.GetFileName))}");
        return await MimeMessage.LoadAsync(path);
    }

    /// <summary>Extracts the .7z attachment with 7zz and the passphrase; returns the folder with the files.</summary>
    public static async Task<string> ExtractAsync(MimeMessage message, string passphrase, string workDir)
    {
        Assert.True(File.Exists(SevenZip), $"7-Zip is missing at {SevenZip}: install it with `apt-get install -y 7zip`.");
        var attachment = message.Attachments.OfType<MimePart>().Single(a => a.FileName?.EndsWith(".7z", StringComparison.Ordinal) == true);
        var archive = Path.Combine(workDir, attachment.FileName!);
        await using (var stream = File.Create(archive))
        {
            await attachment.Content!.DecodeToAsync(stream);
        }

        var output = Path.Combine(workDir, "extracted");
        var start = new ProcessStartInfo(SevenZip) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "x", "-y", $"-p{passphrase}", $"-o{output}", archive })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"7zz failed ({process.ExitCode}): {await stdout} {await stderr}");
        return output;
    }
}
