using System.Globalization;

namespace OutlookReferralAddin.Core.Recipients;

/// <summary>
/// Dutch (nl-BE) messages per code. They name the OCMW (public information) and the suggested directory mailbox, and
/// never repeat what was typed: a wrong address may be a client's own e-mail address.
/// </summary>
internal static class RecipientMessages
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static string For(string code, OcmwProtocol? ocmw, string? suggestion, DateOnly? date = null)
    {
        var name = ocmw?.Name ?? "een OCMW";
        var when = date?.ToString("d MMMM yyyy", Dutch) ?? string.Empty;
        var text = code switch
        {
            RecipientCodes.Allowed => $"Dit is de afgesproken mailbox van {name}.",
            RecipientCodes.Unrelated => "Dit adres hoort bij geen enkel OCMW uit het register.",
            RecipientCodes.NotInDirectory =>
                "Dit adres staat niet in het register van OCMW-protocollen. Een doorverwijzing gaat alleen naar de afgesproken mailbox van het OCMW.",
            RecipientCodes.InvalidAddress => "Dit is geen geldig e-mailadres.",
            RecipientCodes.NotBareAddress =>
                "Geef alleen het e-mailadres zelf op, zonder naam, haakjes, 'mailto:' of punt op het einde.",
            RecipientCodes.ProtocolNotInForce => $"Het protocol met {name} is nog niet van kracht (pas vanaf {when}).",
            RecipientCodes.ProtocolEnded => $"Het protocol met {name} is beëindigd op {when}.",
            RecipientCodes.MailboxNotVerified =>
                $"De mailbox van {name} is nog niet geverifieerd met het OCMW. Doorverwijzen kan pas als de beheerder de mailbox heeft geverifieerd; vraag het de beheerder van de toepassing.",
            RecipientCodes.WrongOcmw => $"Dit is de mailbox van {name}, niet van het gekozen OCMW.",
            RecipientCodes.PostcodeNotServed =>
                $"{name} is niet bevoegd voor deze postcode. Het protocol vraagt het OCMW van de woonplaats van de cliënt.",
            RecipientCodes.Subaddress => $"Dit is de mailbox van {name} met een toevoeging (+...). Gebruik exact de afgesproken mailbox.",
            RecipientCodes.OtherMailboxSameDomain =>
                $"Dit is een ander adres van {name} dan de afgesproken mailbox. Een doorverwijzing gaat alleen naar de afgesproken mailbox.",
            RecipientCodes.SubdomainOfOcmw =>
                $"Dit adres ligt op een subdomein van {name}, niet op de afgesproken mailbox.",
            RecipientCodes.LookalikeMailbox => $"Dit adres lijkt op de mailbox van {name}, maar is het niet.",
            RecipientCodes.LookalikeDomain => $"Het domein lijkt op dat van {name}, maar is het niet.",
            RecipientCodes.ConfusableCharacters =>
                $"Dit adres lijkt op dat van {name}, maar gebruikt tekens die erop lijken (zoals rn voor m, 1 voor l, 0 voor o of brede letters).",
            RecipientCodes.MixedScripts =>
                $"Dit adres lijkt op dat van {name}, maar mengt gewone letters met Cyrillische of Griekse letters die er hetzelfde uitzien.",
            RecipientCodes.WrongTld => $"Dit adres gebruikt de naam van {name} met een verkeerde domeinextensie.",
            RecipientCodes.DomainEmbedded => $"Het domein van {name} zit verstopt in een ander adres.",
            RecipientCodes.DisplayNameMismatch =>
                "De weergavenaam toont een ander adres dan het echte adres van deze ontvanger.",
            _ => "Dit adres is niet toegelaten.",
        };

        return suggestion is null ? text : $"{text} Bedoelde u {suggestion}?";
    }
}
