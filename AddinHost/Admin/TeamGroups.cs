using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.AddinHost.Admin;

/// <summary>
/// The <c>teamGroupIds</c> of an entry: Entra object ids (GUIDs, stored in lower case as tokens carry them), at most a
/// handful per team. Null when the request left them out, so that a change of another field keeps the approved groups.
/// </summary>
internal static class TeamGroups
{
    public const int MaxGroups = 10;

    public static List<string>? Parse(IReadOnlyList<string>? ids, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (ids is null)
        {
            return null;
        }

        var parsed = new List<string>();
        foreach (var id in ids)
        {
            if (!Guid.TryParseExact(id?.Trim() ?? "", "D", out var guid) || guid == Guid.Empty)
            {
                errors.Add(new FieldError("teamGroupIds", "team_group_invalid",
                    "Geef de object-id van de Entra-beveiligingsgroep van het team, zoals 6b0c3f4e-5d1a-4c2b-9e8f-000000009690."));
                return [];
            }

            var text = guid.ToString("D");
            if (!parsed.Contains(text, StringComparer.Ordinal))
            {
                parsed.Add(text);
            }
        }

        if (parsed.Count > MaxGroups)
        {
            errors.Add(new FieldError("teamGroupIds", "team_groups_too_many", $"Geef ten hoogste {MaxGroups} groepen per team."));
        }

        return parsed;
    }
}
