namespace OutlookReferralAddin.Core.Recipients;

/// <summary>
/// The comparison forms of one checked address, computed once per check (not once per directory entry):
/// the domain skeleton, its name without TLD, the TLD, both without dots and hyphens, the local part's stripped
/// skeleton, and the longer single labels for the per-label fuzzy match.
/// </summary>
internal sealed class DomainProbe
{
    private const int MinLabelLength = 5;

    public DomainProbe(ParsedAddress address)
    {
        Address = address;
        Skeleton = ConfusableSkeleton.Of(address.DomainUnicode);
        var lastDot = Skeleton.LastIndexOf('.');
        Label = lastDot > 0 ? Skeleton[..lastDot] : Skeleton;
        Tld = lastDot > 0 ? Skeleton[(lastDot + 1)..] : string.Empty;
        Stripped = DomainEntry.Strip(Skeleton);
        StrippedLocal = DomainEntry.Strip(ConfusableSkeleton.Of(address.Local));
        Parts = Label.Contains('.', StringComparison.Ordinal)
            ? Array.FindAll(Label.Split('.'), part => part.Length >= MinLabelLength)
            : [];
    }

    public ParsedAddress Address { get; }

    public string Skeleton { get; }

    public string Label { get; }

    public string Tld { get; }

    public string Stripped { get; }

    public string StrippedLocal { get; }

    /// <summary>Labels of 5+ characters of a multi-label name (<c>mail.kluisberqen</c> → <c>kluisberqen</c>).</summary>
    public string[] Parts { get; }
}
