namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>One protocol of the directory as stored; lists are primitive collections (JSON on SQLite, arrays on PostgreSQL).</summary>
public sealed class OcmwProtocolEntity
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string KboNumber { get; set; }

    public required string Address { get; set; }

    public required string ReferringTeam { get; set; }

    public List<string> Mailboxes { get; set; } = [];

    public List<string> Domains { get; set; } = [];

    public List<string> PostalCodes { get; set; } = [];

    /// <summary>Entra security group object ids of the referring team (lower case); empty: the protocol accepts no referrals.</summary>
    public List<string> TeamGroupIds { get; set; } = [];

    public DateOnly SignedOn { get; set; }

    public DateOnly InForceFrom { get; set; }

    public int NoticeMonths { get; set; }

    public DateOnly? EndedOn { get; set; }

    public required string OpgroeienDpoOrganisation { get; set; }

    public required string OpgroeienDpoEmail { get; set; }

    public required string OcmwDpoOrganisation { get; set; }

    public required string OcmwDpoEmail { get; set; }

    /// <summary>E.164; the worker calls it to give the passphrase.</summary>
    public string? SocialServicePhone { get; set; }

    /// <summary>The referring team's shared mailbox, for the OCMW's questions and corrections (article 7).</summary>
    public string? TeamMailbox { get; set; }

    /// <summary>E.164.</summary>
    public string? TeamPhone { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
