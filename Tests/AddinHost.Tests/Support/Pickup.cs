using MimeKit;

namespace OutlookReferralAddin.AddinHost.Tests.Support;

/// <summary>Reads the <c>.eml</c> files the pickup sender wrote.</summary>
public static class Pickup
{
    public static IReadOnlyList<string> Files(string directory) =>
        System.IO.Directory.Exists(directory) ? System.IO.Directory.GetFiles(directory, "*.eml") : [];

    public static async Task<(MimeMessage Message, byte[] Archive, string AttachmentName, string ContentType)> ReadAsync(string file)
    {
        var message = await MimeMessage.LoadAsync(file);
        var part = message.Attachments.OfType<MimePart>().Single();
        using var content = new MemoryStream();
        await part.Content!.DecodeToAsync(content);
        return (message, content.ToArray(), part.FileName ?? "", part.ContentType.MimeType);
    }
}
