namespace OutlookReferralAddin.AddinHost.Tests.Hostile;

/// <summary>What a hostile request may get back.</summary>
public enum HostileExpectation
{
    /// <summary>A 4xx ProblemDetails (application/problem+json).</summary>
    Refused,

    /// <summary>
    /// A normal answer that does nothing harmful: the public directory ignores junk headers, a recipients check answers
    /// "blocked"/"warning" for junk addresses (that is its job), an admin filter that matches nothing is an empty page.
    /// </summary>
    Harmless,
}

/// <summary>One hostile or malformed request; <see cref="Name"/> is the test case's display name.</summary>
public sealed record HostileCase(
    string Name,
    HttpMethod Method,
    string Path,
    byte[]? Body = null,
    string? ContentType = "application/json",
    IReadOnlyDictionary<string, string>? Headers = null,
    HostileExpectation Expect = HostileExpectation.Refused,
    bool Admin = false)
{
    public override string ToString() => Name;
}
