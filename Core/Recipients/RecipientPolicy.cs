namespace OutlookReferralAddin.Core.Recipients;

/// <summary>
/// Decides, for each recipient, whether a referral (or an ordinary mail) may go there. Pure and fast: everything about
/// the directory (normalised mailboxes, domain forms, skeletons, labels, postcodes) is computed once here; a check only
/// parses the address and compares it with the prepared forms. Immutable and thread-safe: register one instance and
/// build a new one when the directory changes.
/// <para>Precedence, first match wins (so blocked beats warning beats allowed):</para>
/// <list type="number">
/// <item><c>invalid_address</c> — unparseable or hidden characters.</item>
/// <item><c>display_name_mismatch</c> — the display name shows an OCMW(-like) address that is not the real one.</item>
/// <item>Exactly an agreed mailbox: <c>wrong_ocmw</c> (another OCMW than <see cref="RecipientCheckOptions.OcmwId"/>),
/// <c>protocol_not_in_force</c>, <c>protocol_ended</c>, <c>mailbox_not_verified</c> (when verification is required),
/// then <c>postcode_not_served</c> (warning), else <c>allowed</c>.</item>
/// <item>On the OCMW's own domain: <c>subaddress</c>, <c>mixed_scripts</c>/<c>confusable_characters</c>,
/// <c>lookalike_mailbox</c>, else <c>other_mailbox_same_domain</c>.</item>
/// <item>On a subdomain of it: <c>subdomain_of_ocmw</c>.</item>
/// <item>A lookalike of an OCMW domain: <c>mixed_scripts</c>/<c>confusable_characters</c>, <c>wrong_tld</c>,
/// <c>domain_embedded</c>, <c>lookalike_domain</c>.</item>
/// <item>Anything else: <c>not_in_directory</c> (blocked) for a referral, <c>unrelated</c> (allowed) for a mail.</item>
/// </list>
/// In the referral context a verdict that is not blocked becomes <c>not_bare_address</c> when anything surrounds the
/// address (display name, brackets, <c>mailto:</c>, a trailing dot): lookalike findings keep their more telling code.
/// Severity per context is in <see cref="RecipientCodes.SeverityOf"/>.
/// </summary>
public sealed class RecipientPolicy
{
    private readonly DirectoryIndex _index;
    private readonly LookalikeClassifier _classifier;
    private readonly DisplayNameCheck _displayNames;
    private readonly HashSet<(string OcmwId, string Mailbox)>? _verified;

    /// <param name="directory">The protocols in force, coming or ended.</param>
    /// <param name="verifiedMailboxes">
    /// The agreed mailboxes the OCMW confirmed with a verification code; any other agreed mailbox is
    /// <c>mailbox_not_verified</c>. Null when verification is not required.
    /// </param>
    public RecipientPolicy(IEnumerable<OcmwProtocol> directory, IEnumerable<VerifiedMailbox>? verifiedMailboxes = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _verified = verifiedMailboxes?.Select(v => (v.OcmwId.ToUpperInvariant(), AsciiForm(v.Mailbox))).ToHashSet();
        Directory = [.. directory];
        _index = new DirectoryIndex(Directory);
        _classifier = new LookalikeClassifier(_index);
        _displayNames = new DisplayNameCheck(_index, _classifier);
    }

    public IReadOnlyList<OcmwProtocol> Directory { get; }

    public RecipientVerdict Check(string recipient, RecipientCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var input = recipient ?? string.Empty;
        var address = AddressParser.Parse(input);
        if (address is null)
        {
            return Verdict(input, RecipientCodes.InvalidAddress, null, null, options);
        }

        if (_displayNames.FindMismatch(address) is { } shown)
        {
            return Verdict(input, RecipientCodes.DisplayNameMismatch, shown.Protocol, null, options) with { BareAddress = address.Normalised };
        }

        var verdict = CheckAddress(input, address, options);
        if (options.Context == RecipientContext.Referral && verdict.Verdict != Core.Recipients.Verdict.Blocked && !IsBare(input, address))
        {
            verdict = Verdict(input, RecipientCodes.NotBareAddress, null, null, options);
        }

        return verdict with { BareAddress = address.Normalised };
    }

    private RecipientVerdict CheckAddress(string input, ParsedAddress address, RecipientCheckOptions options)
    {
        var finding = _classifier.Classify(address);
        if (finding.Exact is { } mailboxes)
        {
            return CheckMailbox(input, mailboxes, options);
        }

        if (finding.Code == RecipientCodes.Unrelated)
        {
            return options.Context == RecipientContext.Mail
                ? Verdict(input, RecipientCodes.Unrelated, null, null, options)
                : Verdict(input, RecipientCodes.NotInDirectory, null, ChosenMailbox(options), options);
        }

        return Verdict(input, finding.Code, finding.Ocmw?.Protocol, finding.Suggestion?.Address ?? ChosenMailbox(options), options);
    }

    /// <summary>
    /// The input is the address and nothing else (surrounding whitespace aside, the parser ignores it): no display name,
    /// brackets, <c>mailto:</c> or trailing dot. Letter case does not matter, the directory's spelling is what leaves.
    /// </summary>
    private static bool IsBare(string input, ParsedAddress address) =>
        string.Equals(input.Trim().ToLowerInvariant(), address.Normalised, StringComparison.Ordinal);

    /// <summary>One verdict per input, in the same order.</summary>
    public IReadOnlyList<RecipientVerdict> CheckAll(IEnumerable<string> recipients, RecipientCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var results = recipients.TryGetNonEnumeratedCount(out var count) ? new List<RecipientVerdict>(count) : [];
        foreach (var recipient in recipients)
        {
            results.Add(Check(recipient, options));
        }

        return results;
    }

    private RecipientVerdict CheckMailbox(string input, MailboxEntry[] mailboxes, RecipientCheckOptions options)
    {
        var mailbox = Pick(mailboxes, options);
        return CheckProtocol(input, mailbox, options) with { Mailbox = mailbox.Address };
    }

    private RecipientVerdict CheckProtocol(string input, MailboxEntry mailbox, RecipientCheckOptions options)
    {
        var protocol = mailbox.Protocol;
        if (options.OcmwId is { Length: > 0 } chosen && !string.Equals(protocol.Id, chosen, StringComparison.OrdinalIgnoreCase))
        {
            return Verdict(input, RecipientCodes.WrongOcmw, protocol, ChosenMailbox(options), options);
        }

        switch (protocol.StatusOn(options.Today))
        {
            case ProtocolStatus.NotYetInForce:
                return Verdict(input, RecipientCodes.ProtocolNotInForce, protocol, null, options, protocol.InForceFrom);
            case ProtocolStatus.Ended:
                return Verdict(input, RecipientCodes.ProtocolEnded, protocol, null, options, protocol.EndedOn);
        }

        if (_verified is not null && !_verified.Contains((protocol.Id.ToUpperInvariant(), mailbox.Address)))
        {
            return Verdict(input, RecipientCodes.MailboxNotVerified, protocol, null, options);
        }

        var postcode = options.PostalCode?.Trim();
        if (!string.IsNullOrEmpty(postcode) && !Serves(protocol, postcode))
        {
            var serving = ServingMailbox(postcode, options.Today);
            return Verdict(input, RecipientCodes.PostcodeNotServed, protocol, serving, options);
        }

        return Verdict(input, RecipientCodes.Allowed, protocol, null, options);
    }

    /// <summary>When one mailbox serves several protocols: the chosen OCMW's, else one in force, else the first.</summary>
    private static MailboxEntry Pick(MailboxEntry[] mailboxes, RecipientCheckOptions options)
    {
        foreach (var mailbox in mailboxes)
        {
            if (string.Equals(mailbox.Protocol.Id, options.OcmwId, StringComparison.OrdinalIgnoreCase))
            {
                return mailbox;
            }
        }

        foreach (var mailbox in mailboxes)
        {
            if (mailbox.Protocol.StatusOn(options.Today) == ProtocolStatus.InForce)
            {
                return mailbox;
            }
        }

        return mailboxes[0];
    }

    /// <summary>The form the index keys agreed mailboxes by (ASCII domain), so a stored Unicode domain still matches.</summary>
    private static string AsciiForm(string mailbox) =>
        AddressParser.Parse(mailbox ?? string.Empty) is { } parsed && DomainNames.ToAscii(parsed.Domain) is { } ascii
            ? parsed.Local + "@" + ascii
            : string.Empty;

    private static bool Serves(OcmwProtocol protocol, string postcode)
    {
        var postcodes = protocol.PostalCodes ?? [];
        for (var i = 0; i < postcodes.Count; i++)
        {
            if (string.Equals(postcodes[i]?.Trim(), postcode, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private string? ChosenMailbox(RecipientCheckOptions options) =>
        options.OcmwId is { Length: > 0 } id && _index.ById.TryGetValue(id, out var protocol) && protocol.Mailboxes?.Count > 0
            ? protocol.Mailboxes[0]
            : null;

    private string? ServingMailbox(string postcode, DateOnly today)
    {
        if (_index.ByPostcode.TryGetValue(postcode, out var protocols))
        {
            foreach (var protocol in protocols)
            {
                if (protocol.StatusOn(today) == ProtocolStatus.InForce && protocol.Mailboxes?.Count > 0)
                {
                    return protocol.Mailboxes[0];
                }
            }
        }

        return null;
    }

    private static RecipientVerdict Verdict(
        string input, string code, OcmwProtocol? ocmw, string? suggestion, RecipientCheckOptions options, DateOnly? date = null) =>
        new(input, RecipientCodes.SeverityOf(code, options.Context), code, RecipientMessages.For(code, ocmw, suggestion, date), suggestion);
}

/// <summary>An agreed mailbox of one protocol that the OCMW confirmed with a verification code.</summary>
public sealed record VerifiedMailbox(string OcmwId, string Mailbox);
