namespace OutlookReferralAddin.Core.Consent;

/// <summary>The consent block as the worker filled it in.</summary>
public sealed record ConsentInput(bool? Informed, bool? Given, string? Method, DateOnly? Date)
{
    /// <summary>
    /// The statement version the task pane showed (from <see cref="ConsentStatements"/>); null means the
    /// current one. Recording the version actually shown is what makes the consent register provable.
    /// </summary>
    public string? StatementVersion { get; init; }
}

/// <summary>How the client gave consent. Serialised as <c>mondeling</c> / <c>schriftelijk</c>.</summary>
public enum ConsentMethod
{
    Mondeling,
    Schriftelijk,
}

/// <summary>Validated consent: both statements were confirmed, in this version of their wording.</summary>
public sealed record ConsentFacts(ConsentMethod Method, DateOnly Date, string StatementVersion);
