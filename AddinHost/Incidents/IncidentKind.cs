namespace OutlookReferralAddin.AddinHost.Incidents;

/// <summary>The incidents protocol article 9 asks the DPOs to hear about; the JSON names are the API's.</summary>
public enum IncidentKind
{
    WrongAddress,
    PassphraseByEmail,
    ArchiveSharedWrongly,
    Other,
}
