using MimeKit;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>Reads a referral mail from the pickup folder and opens its archive with the real 7-Zip.</summary>
internal static class PickupArchive
{
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

    /// <summary>Extracts the .7z attachment with real 7-Zip and the passphrase; returns file name → bytes.</summary>
    public static async Task<IReadOnlyDictionary<string, byte[]>> ExtractAsync(MimeMessage message, string passphrase)
    {
        var attachment = message.Attachments.OfType<MimePart>().Single(a => a.FileName?.EndsWith(".7z", StringComparison.Ordinal) == true);
        using var archive = new MemoryStream();
        await attachment.Content!.DecodeToAsync(archive);
        return await Support.SevenZip.ExtractAsync(archive.ToArray(), passphrase);
    }
}
