using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Mail;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Teams;
using OutlookReferralAddin.Core.Consent;
using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Recipients.EntryChecks;
using OutlookReferralAddin.Core.Recipients.Residence;
using OutlookReferralAddin.Core.Referrals;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>
/// Why a referral's recipient was refused. Unlike the recipients check it does not repeat the input: around a mailbox a
/// caller may have typed a client's name or number, and problem responses carry no client data.
/// </summary>
internal sealed record RecipientRefusal(string Verdict, string Code, string Message, string? Suggestion)
{
    public static RecipientRefusal From(RecipientVerdict v) =>
        new(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(v.Verdict.ToString()), v.Code, v.Message, v.Suggestion);
}

/// <summary>
/// Core's field validation plus what only the host knows: the directory and the recipient policy, as stored now
/// (another instance may have ended a protocol a moment ago; a cache would still send to it).
/// </summary>
internal sealed class ReferralValidator(DirectoryStore directory, ReferralsDbContext db, BrusselsClock clock)
{
    public async Task<(ValidatedReferral? Referral, IResult? Problem)> ValidateAsync(
        ReferralRequest request, TeamMembership membership, CancellationToken ct)
    {
        var snapshot = await directory.GetCurrentAsync(db, ct);

        // The team first (article 10/1): someone outside it learns nothing from field errors about a client they may not refer.
        if (TeamRefusals.OfMembership(membership) is { } unknown)
        {
            return (null, unknown.ToProblem());
        }

        if (snapshot.Find(request.OcmwId) is { } chosen && TeamRefusals.Check(membership, chosen) is { } refusal)
        {
            return (null, refusal.ToProblem());
        }

        var today = clock.Today;
        var client = ClientValidator.Validate(request.Client);
        var consent = ConsentValidator.Validate(request.Consent, today);

        var errors = new List<FieldError>(client.Errors);
        errors.AddRange(consent.Errors);
        var protocol = snapshot.Find(request.OcmwId);
        if (string.IsNullOrWhiteSpace(request.OcmwId))
        {
            errors.Add(new FieldError("ocmwId", "required", "Kies het OCMW."));
        }
        else if (protocol is null)
        {
            errors.Add(new FieldError("ocmwId", "ocmw_unknown", "Dit OCMW staat niet in de lijst van protocollen."));
        }

        if (string.IsNullOrWhiteSpace(request.Recipient))
        {
            errors.Add(new FieldError("recipient", "required", "Vul het e-mailadres van de sociale dienst in."));
        }

        if (errors.Count > 0 || !client.IsValid || !consent.IsValid || protocol is null)
        {
            return (null, ValidationProblems.From(errors));
        }

        var verdict = snapshot.Policy.Check(request.Recipient!, new RecipientCheckOptions(today, RecipientContext.Referral, protocol.Id));
        if (verdict.Verdict != Verdict.Allowed)
        {
            // An agreed mailbox the OCMW has not yet verified is not the worker's mistake: say so in the problem itself.
            var notVerified = verdict.Code == RecipientCodes.MailboxNotVerified;
            return (null, Problems.Create(422, notVerified ? RecipientCodes.MailboxNotVerified : "recipient_not_allowed",
                notVerified ? verdict.Message : "Deze ontvanger is niet toegelaten voor een doorverwijzing naar dit OCMW.",
                new Dictionary<string, object?> { ["verdicts"] = new[] { RecipientRefusal.From(verdict) } }));
        }

        // The postcode on its own (article 6): the right mailbox for a client living elsewhere is the postcode's problem, and
        // the worker reads it at the postcode field, where the pane showed the same verdict while typing.
        var residence = snapshot.Residence.Check(client.Value!.Address.PostalCode, protocol.Id, today);
        if (!residence.Allowed)
        {
            return (null, ResidenceProblem(residence));
        }

        // The passphrase can only be given by phone (article 6): without the social service's number nothing may leave.
        if (string.IsNullOrWhiteSpace(protocol.Contacts?.SocialServicePhone))
        {
            return (null, SocialServicePhoneMissing(protocol));
        }

        // What leaves, is stored and is shown is the directory's spelling, never the string as the caller typed it.
        if (verdict.Mailbox is not { } mailbox || !MailRecipients.IsSendable(mailbox))
        {
            return (null, Problems.Create(422, "recipient_not_sendable",
                "Het adres van deze mailbox in het register kan niet gebruikt worden. Meld dit aan de beheerder van de toepassing."));
        }

        return (new ValidatedReferral(protocol, mailbox, client.Value, consent.Value!, request.Consent!), null);
    }

    public const string SocialServicePhoneMissingCode = "social_service_phone_missing";

    /// <summary>400 at the OCMW field: the directory lacks the number the passphrase must be read to; nothing was stored or sent.</summary>
    private static ProblemHttpResult SocialServicePhoneMissing(OcmwProtocol protocol)
    {
        var message = $"Het telefoonnummer van de sociale dienst van {protocol.ForMail().Name} staat niet in de lijst. "
            + "Het wachtwoord kan alleen telefonisch doorgegeven worden: vraag de beheerder om het nummer toe te voegen.";
        return Problems.Create(400, SocialServicePhoneMissingCode, "Deze doorverwijzing kan nog niet verstuurd worden.", new Dictionary<string, object?>
        {
            ["errors"] = new Dictionary<string, string[]> { ["ocmwId"] = [message] },
            ["codes"] = new[] { new FieldCode("ocmwId", SocialServicePhoneMissingCode) },
        }, message);
    }

    /// <summary>422 with the message at the postcode field, where the pane already showed the same verdict.</summary>
    private static ProblemHttpResult ResidenceProblem(ResidenceVerdict residence) =>
        Problems.Create(422, residence.Code, residence.Message, new Dictionary<string, object?>
        {
            ["errors"] = new Dictionary<string, string[]> { [FieldPaths.PostalCode] = [residence.Message] },
            ["codes"] = new[] { new FieldCode(FieldPaths.PostalCode, residence.Code) },
            ["residence"] = ResidenceView.From(residence),
        });
}
