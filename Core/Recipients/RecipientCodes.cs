namespace OutlookReferralAddin.Core.Recipients;

/// <summary>
/// The stable codes of <see cref="RecipientVerdict.Code"/> and their severity per context.
/// Lookalikes, display-name tricks and garbage are blocked in both contexts: they are never a legitimate recipient.
/// Addresses that really belong to an OCMW but are not its agreed mailbox are blocked for a referral and only a warning
/// for an ordinary mail. An address unrelated to any OCMW is <c>not_in_directory</c> (blocked) for a referral and
/// <c>unrelated</c> (allowed) for an ordinary mail: the compose warning only cares about OCMW lookalikes.
/// </summary>
public static class RecipientCodes
{
    /// <summary>Exactly an agreed mailbox of an OCMW whose protocol is in force.</summary>
    public const string Allowed = "allowed";

    /// <summary>Mail context only: the address has nothing to do with any OCMW in the directory.</summary>
    public const string Unrelated = "unrelated";

    /// <summary>Referral context: the address is not an agreed mailbox and resembles none.</summary>
    public const string NotInDirectory = "not_in_directory";

    /// <summary>Empty, unparseable, control or invisible characters, too long.</summary>
    public const string InvalidAddress = "invalid_address";

    /// <summary>
    /// Referral context only: a parseable address wrapped in something (a display name, angle brackets, <c>mailto:</c>,
    /// a trailing dot). A referral names the mailbox and nothing else: what is around it could carry a client's name.
    /// </summary>
    public const string NotBareAddress = "not_bare_address";

    /// <summary>The agreed mailbox, but the protocol's in-force date lies in the future.</summary>
    public const string ProtocolNotInForce = "protocol_not_in_force";

    /// <summary>The agreed mailbox, but the protocol has ended.</summary>
    public const string ProtocolEnded = "protocol_ended";

    /// <summary>The agreed mailbox, but the OCMW has not yet confirmed it with a verification code.</summary>
    public const string MailboxNotVerified = "mailbox_not_verified";

    /// <summary>The agreed mailbox of another OCMW than the one chosen for the referral.</summary>
    public const string WrongOcmw = "wrong_ocmw";

    /// <summary>The agreed mailbox, but its OCMW does not serve the client's postcode.</summary>
    public const string PostcodeNotServed = "postcode_not_served";

    /// <summary>The agreed mailbox with a <c>+tag</c>.</summary>
    public const string Subaddress = "subaddress";

    /// <summary>Another mailbox on the OCMW's own domain (info@, a DPO address, ...).</summary>
    public const string OtherMailboxSameDomain = "other_mailbox_same_domain";

    /// <summary>A mailbox on a subdomain of the OCMW's domain.</summary>
    public const string SubdomainOfOcmw = "subdomain_of_ocmw";

    /// <summary>The OCMW's domain with a local part a few edits away from the agreed mailbox.</summary>
    public const string LookalikeMailbox = "lookalike_mailbox";

    /// <summary>A domain a few edits away from an OCMW domain (typo, swapped or doubled letters).</summary>
    public const string LookalikeDomain = "lookalike_domain";

    /// <summary>Same confusable skeleton as an OCMW address (rn/m, 1/l, 0/o, fullwidth or lookalike letters) in one script.</summary>
    public const string ConfusableCharacters = "confusable_characters";

    /// <summary>Same skeleton as an OCMW address, with Latin mixed with Cyrillic or Greek letters.</summary>
    public const string MixedScripts = "mixed_scripts";

    /// <summary>The OCMW's domain name under another top-level domain.</summary>
    public const string WrongTld = "wrong_tld";

    /// <summary>The OCMW's domain name hidden inside another domain, or inside the local part of another address.</summary>
    public const string DomainEmbedded = "domain_embedded";

    /// <summary>The display name shows an OCMW(-like) address that differs from the real address.</summary>
    public const string DisplayNameMismatch = "display_name_mismatch";

    /// <summary>Verdict of a code in a context; unknown codes are blocked (fail closed).</summary>
    public static Verdict SeverityOf(string code, RecipientContext context) => code switch
    {
        Allowed or Unrelated => Verdict.Allowed,
        PostcodeNotServed => Verdict.Warning,
        ProtocolNotInForce or ProtocolEnded or MailboxNotVerified or WrongOcmw or Subaddress or OtherMailboxSameDomain or SubdomainOfOcmw
            => context == RecipientContext.Mail ? Verdict.Warning : Verdict.Blocked,
        _ => Verdict.Blocked,
    };
}
