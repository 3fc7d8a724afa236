namespace OutlookReferralAddin.Core.Validation;

/// <summary>
/// Word processors and phones turn "Anne-Marie" into "Anne–Marie" and "D'Hondt" into "D’Hondt". In names and places
/// these typographic forms mean the plain hyphen and apostrophe, so they are mapped before any rule runs: the OCMW
/// receives one spelling, and the keyed pseudonym of "Anne–Marie" is that of "Anne-Marie".
/// </summary>
public static class Typography
{
    /// <summary>Hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus, small and full-width hyphen-minus.</summary>
    private const string Dashes = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";

    /// <summary>Left and right single quotation marks, the reversed one, modifier letter apostrophe, full-width apostrophe.</summary>
    private const string Apostrophes = "\u2018\u2019\u201B\u02BC\uFF07";

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(Dashes + Apostrophes) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = Dashes.Contains(c, StringComparison.Ordinal) ? '-' : Apostrophes.Contains(c, StringComparison.Ordinal) ? '\'' : c;
            }
        });
    }
}
