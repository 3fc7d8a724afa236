namespace OutlookReferralAddin.Core.Recipients;

/// <summary>
/// An address split and normalised for comparison. <see cref="Domain"/> is the domain as typed (lower-cased, trailing dot
/// removed): an exact match is only ever made on that form, so a fullwidth or punycode spelling that a mail server might
/// map onto the OCMW's domain is still treated as a lookalike. <see cref="DomainUnicode"/> is the IDNA-decoded form
/// (punycode <c>xn--</c> labels shown as the letters they stand for), used for skeletons and script checks.
/// </summary>
internal sealed record ParsedAddress(string Local, string Domain, string DomainUnicode, string? DisplayName)
{
    /// <summary>Local part and typed domain, lower-cased: the key for exact lookups.</summary>
    public string Normalised { get; } = Local + "@" + Domain;

    /// <summary>Only ASCII in the typed form and no punycode labels: the common case, checked without IDNA work.</summary>
    public bool IsPlainAscii { get; } = System.Text.Ascii.IsValid(Local) && System.Text.Ascii.IsValid(Domain)
        && !Domain.StartsWith("xn--", StringComparison.Ordinal) && !Domain.Contains(".xn--", StringComparison.Ordinal);
}
