namespace OutlookReferralAddin.Core.Archive;

/// <summary>Passphrases to read out over the phone: CSPRNG, at least 80 bits, no ambiguous characters, grouped.</summary>
public static class PassphraseGenerator
{
    public static string Generate() =>
        throw new NotImplementedException("Contract stub: implemented by the Core archive work.");
}
