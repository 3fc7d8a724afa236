namespace OutlookReferralAddin.AddinHost.Referrals.History;

/// <summary>What can happen to a referral. Stored by name, so the order here is free to change.</summary>
public enum ReferralEventKind
{
    /// <summary>The consent was recorded and the referral is about to be sent.</summary>
    Recorded,
    Sent,
    Failed,

    /// <summary>The outcome of sending was never recorded (process stopped, database failed): needs review, never resent.</summary>
    OutcomeUnknown,
    PassphraseDelivered,
    Withdrawn,
    WithdrawalNoticeSent,
    WithdrawalNoticeFailed,
    IncidentReported,

    /// <summary>A notice to a DPO whose side was not recorded: events written before the two kinds below existed.</summary>
    IncidentNoticeSent,
    IncidentNoticeFailed,

    /// <summary>The incident notice to Opgroeien's DPO (article 9 names both DPOs; the history says which one).</summary>
    OpgroeienDpoNoticeSent,
    OpgroeienDpoNoticeFailed,

    /// <summary>The incident notice to the OCMW's DPO.</summary>
    OcmwDpoNoticeSent,
    OcmwDpoNoticeFailed,
    IncidentClosed,
}
