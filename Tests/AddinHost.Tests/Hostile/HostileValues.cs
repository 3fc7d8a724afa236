namespace OutlookReferralAddin.AddinHost.Tests.Hostile;

/// <summary>Strings an attacker or a broken client puts in a text field.</summary>
public static class HostileValues
{
    public static IReadOnlyList<(string Name, string Value)> All { get; } =
    [
        ("script", "<script>alert(1)</script>"),
        ("img-onerror", "\"><img src=x onerror=alert(1)>"),
        ("formula-equals", "=HYPERLINK(\"http://evil.example\",\"klik\")"),
        ("formula-plus", "+cmd|' /C calc'!A0"),
        ("formula-minus", "-2+3+cmd|' /C calc'!A0"),
        ("formula-at", "@SUM(1+1)*cmd|' /C calc'!A0"),
        ("sql-drop", "'; DROP TABLE \"ConsentRecords\";--"),
        ("sql-or", "' OR '1'='1"),
        ("path-traversal", "../../../../etc/passwd"),
        ("path-traversal-windows", "..\\..\\windows\\win.ini"),
        ("nul", "Pee\0ters"),
        ("bell-escape", "Pee\u0007ters\u001b[31m"),
        ("crlf-header-injection", "Peeters\r\nBcc: evil@evil.example"),
        ("bidi-override", "Pee\u202Esret"),
        ("bidi-isolate", "\u2067Peeters\u2069"),
        ("zero-width", "Pee\u200Bters\uFEFF"),
        ("lone-surrogate", "Pee\uD800ters"),
        ("ten-thousand-chars", new string('a', 10_000)),
        ("only-spaces", "     "),
        ("template-injection", "{{7*7}}${7*7}<%= 7*7 %>"),
        ("ldap-wildcard", "*)(uid=*))(|(uid=*"),
        ("unicode-noncharacter", "Pee\uFFFEters"),
    ];
}
