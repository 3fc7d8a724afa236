using System.ComponentModel.DataAnnotations;

namespace OutlookReferralAddin.AddinHost.Mail;

public enum MailMode
{
    /// <summary>Microsoft Graph <c>/me/sendMail</c> on behalf of the signed-in worker.</summary>
    Graph,

    /// <summary><c>.eml</c> files in a folder: development and demos, nothing leaves the machine.</summary>
    Pickup,
}

/// <summary>Configuration section <c>Mail</c>.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>Default: Pickup in the Development environment, Graph otherwise.</summary>
    public MailMode? Mode { get; set; }

    [Required]
    public string PickupDirectory { get; set; } = "App_Data/outbox";

    public bool SaveToSentItems { get; set; } = true;

    /// <summary>
    /// Pickup outside Development (a demo or acceptance machine) only when this is <c>true</c>; the host then warns at
    /// every start that mails are written to a folder and reported sent. Checked by <c>StartupSafety</c>.
    /// </summary>
    public bool AllowPickupOutsideDevelopment { get; set; }

    /// <summary>Graph takes file attachments up to 3 MB in one request; a referral archive is a few kB.</summary>
    [Range(1024, 3 * 1024 * 1024)]
    public int MaxAttachmentBytes { get; set; } = 3 * 1024 * 1024 - 1;
}

/// <summary>Configuration section <c>Graph</c>.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Whole send, retries included.</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Retries of 429/503/504 by the SDK's retry handler (which honours Retry-After).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Back-off base when Graph gives no Retry-After.</summary>
    [Range(0, 180)]
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>Bearer token sent to Graph with the Development sign-in (there is no user token to exchange).</summary>
    [Required]
    public string DevelopmentToken { get; set; } = "development-token";
}
