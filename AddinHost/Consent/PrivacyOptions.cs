using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.Core.Consent;

namespace OutlookReferralAddin.AddinHost.Consent;

/// <summary>Configuration section <c>Privacy</c>.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Only ever used in the Development environment when no key is configured.</summary>
    public const string DevelopmentKey = "development-only-pseudonym-key-do-not-use-in-production";

    /// <summary>
    /// Key of the client pseudonym (HMAC) and of the idempotency body hash; at least 32 bytes of UTF-8.
    /// A secret: user secrets, environment or a vault, never appsettings.json.
    /// </summary>
    [Required]
    public string? PseudonymKey { get; set; }

    /// <summary>
    /// Keys used before the current one (after a rotation, e.g. when a stricter key rule refused the old key): a look-up
    /// also computes the pseudonym with each, so earlier referrals stay findable for the retention period. New records
    /// always use <see cref="PseudonymKey"/>. Secrets like it; remove a key once the retention period has passed.
    /// </summary>
    public string[] PreviousPseudonymKeys { get; set; } = [];
}

internal sealed class PrivacyOptionsValidator : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options) =>
        options.PseudonymKey is { } key && Encoding.UTF8.GetByteCount(key) >= ClientPseudonym.MinKeyBytes
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{PrivacyOptions.Section}:{nameof(PrivacyOptions.PseudonymKey)} must be set to at least {ClientPseudonym.MinKeyBytes} bytes.");
}

/// <summary>Host-side holder of Core's <see cref="ClientPseudonym"/> with the configured key.</summary>
internal sealed class ClientPseudonyms(IOptions<PrivacyOptions> options)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.PseudonymKey!);

    private readonly byte[][] _previous = [.. options.Value.PreviousPseudonymKeys
        .Where(k => !string.IsNullOrEmpty(k) && Encoding.UTF8.GetByteCount(k) >= ClientPseudonym.MinKeyBytes)
        .Select(k => Encoding.UTF8.GetBytes(k))];

    public ClientPseudonym Pseudonym => new(_key);

    /// <summary>
    /// The client's pseudonym under the current key and every previous one, each in today's normalisation and in the one
    /// used before December 2026: what a look-up matches, so a rotated key or the changed normalisation hides no referral.
    /// </summary>
    public IReadOnlyList<string> AllPseudonyms(string givenName, string familyName, string postalCode) =>
        [.. new[] { _key }.Concat(_previous).Select(k => new ClientPseudonym(k))
            .SelectMany(p => new[] { p.Compute(givenName, familyName, postalCode), p.ComputeBeforeDecember2026(givenName, familyName, postalCode) })
            .Distinct(StringComparer.Ordinal)];

    /// <summary>Keyed hash of a canonical request body: a plain SHA-256 of names and contacts could be guessed.</summary>
    public string BodyHash(ReadOnlySpan<byte> canonicalBody) =>
        Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(_key, canonicalBody));
}
