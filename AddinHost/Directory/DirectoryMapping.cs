using System.Security.Cryptography;
using System.Text.Json;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Directory;

internal static class DirectoryMapping
{
    public static OcmwProtocol ToProtocol(this OcmwProtocolEntity e) => new(
        e.Id, e.Name, e.KboNumber, e.Address, e.ReferringTeam, [.. e.Mailboxes], [.. e.Domains], [.. e.PostalCodes],
        e.SignedOn, e.InForceFrom, e.NoticeMonths, e.EndedOn,
        new DpoContact(e.OpgroeienDpoOrganisation, e.OpgroeienDpoEmail),
        new DpoContact(e.OcmwDpoOrganisation, e.OcmwDpoEmail),
        new ContactPoints(e.SocialServicePhone, e.TeamMailbox, e.TeamPhone),
        [.. e.TeamGroupIds]);

    public static OcmwProtocolEntity ToEntity(this OcmwProtocol p, DateTimeOffset updatedAt) => new()
    {
        Id = p.Id,
        Name = p.Name,
        KboNumber = p.KboNumber,
        Address = p.Address,
        ReferringTeam = p.ReferringTeam,
        Mailboxes = [.. p.Mailboxes],
        Domains = [.. p.Domains],
        PostalCodes = [.. p.PostalCodes],
        TeamGroupIds = [.. p.TeamGroupIds ?? []],
        SignedOn = p.SignedOn,
        InForceFrom = p.InForceFrom,
        NoticeMonths = p.NoticeMonths,
        EndedOn = p.EndedOn,
        OpgroeienDpoOrganisation = p.OpgroeienDpo.Organisation,
        OpgroeienDpoEmail = p.OpgroeienDpo.Email,
        OcmwDpoOrganisation = p.OcmwDpo.Organisation,
        OcmwDpoEmail = p.OcmwDpo.Email,
        SocialServicePhone = p.Contacts?.SocialServicePhone,
        TeamMailbox = p.Contacts?.TeamMailbox,
        TeamPhone = p.Contacts?.TeamPhone,
        UpdatedAt = updatedAt,
    };

    /// <summary>
    /// A hash over every stored field of every row and the confirmed mailboxes (not a version column a writer could
    /// forget to bump): equal fingerprints mean the policy built from them is the same.
    /// </summary>
    public static string Fingerprint(IReadOnlyList<OcmwProtocolEntity> entities, IReadOnlyList<VerifiedMailbox>? verified) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { entities, verified })));
}
