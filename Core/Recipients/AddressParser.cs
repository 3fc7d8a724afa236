using System.Buffers;
using System.Globalization;
using System.Text;

namespace OutlookReferralAddin.Core.Recipients;

/// <summary>
/// Parses what a user or Outlook gives as a recipient: <c>addr</c>, <c>&lt;addr&gt;</c>, <c>"Name" &lt;addr&gt;</c>,
/// <c>Name &lt;addr&gt;</c> and <c>mailto:addr</c>, with surrounding whitespace and a trailing dot on the domain.
/// Deliberately stricter than RFC 5322: no quoted local parts, comments, groups or address lists, and any control or
/// invisible formatting character (zero-width space, bidi override, soft hyphen) rejects the input, because such
/// characters only serve to make an address look like something it is not. Never throws.
/// </summary>
internal static class AddressParser
{
    public const int MaxInputLength = 1000;
    private const int MaxLocalLength = 64;
    private const int MaxDomainLength = 253;
    private const string MailtoPrefix = "mailto:";
    private static readonly SearchValues<char> ForbiddenInLocal = SearchValues.Create("\"(),:;<>[]\\ ");

    public static ParsedAddress? Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > MaxInputLength)
        {
            return null;
        }

        // Surrounding whitespace (including a pasted tab or line break) is noise; anything hidden inside is not.
        var trimmed = input.AsSpan().Trim();
        if (HasHiddenCharacters(trimmed))
        {
            return null;
        }

        var text = StripMailto(trimmed);
        string? displayName = null;
        if (text.EndsWith('>'))
        {
            var open = text.LastIndexOf('<');
            if (open < 0)
            {
                return null;
            }

            var display = text[..open].Trim();
            if (display.ContainsAny('<', '>'))
            {
                return null;
            }

            displayName = Unquote(display);
            text = StripMailto(text[(open + 1)..^1].Trim());
        }
        else if (text.ContainsAny('<', '>'))
        {
            return null;
        }

        return ParseBare(text, displayName);
    }

    private static ParsedAddress? ParseBare(ReadOnlySpan<char> text, string? displayName)
    {
        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@'))
        {
            return null;
        }

        var local = text[..at];
        var domain = text[(at + 1)..];
        if (domain.EndsWith('.'))
        {
            domain = domain[..^1];
        }

        if (!IsValidLocal(local) || domain.IsEmpty || domain.Length > MaxDomainLength
            || domain[0] == '.' || domain[^1] == '.' || domain.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var domainLower = domain.ToString().ToLowerInvariant();
        var unicode = DomainNames.ToUnicode(domainLower);
        return unicode is null ? null : new ParsedAddress(local.ToString().ToLowerInvariant(), domainLower, unicode, displayName);
    }

    private static bool IsValidLocal(ReadOnlySpan<char> local) =>
        local.Length is > 0 and <= MaxLocalLength
        && !local.ContainsAny(ForbiddenInLocal)
        && local[0] != '.' && local[^1] != '.'
        && !local.Contains("..", StringComparison.Ordinal)
        && !HasWhiteSpace(local);

    private static bool HasWhiteSpace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> StripMailto(ReadOnlySpan<char> text) =>
        text.StartsWith(MailtoPrefix, StringComparison.OrdinalIgnoreCase) ? text[MailtoPrefix.Length..].Trim() : text;

    private static string Unquote(ReadOnlySpan<char> display)
    {
        if (display.Length >= 2 && display[0] == '"' && display[^1] == '"')
        {
            display = display[1..^1];
        }

        return display.ToString().Replace("\\\"", "\"", StringComparison.Ordinal).Trim();
    }

    /// <summary>Control (Cc) and format (Cf: zero-width, bidi, soft hyphen) characters; lone surrogates.</summary>
    private static bool HasHiddenCharacters(ReadOnlySpan<char> input)
    {
        foreach (var rune in input.EnumerateRunes())
        {
            // A lone surrogate enumerates as U+FFFD; a literal U+FFFD has no place in an address either.
            if (rune == Rune.ReplacementChar)
            {
                return true;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                return true;
            }
        }

        return false;
    }
}
