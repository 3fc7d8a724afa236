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
}
