using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;

namespace OutlookReferralAddin.AddinHost.Tests.Admin.Proposals;

/// <summary>A second mailbox proposed for Kluisbergen: the waiting proposal several proposal tests start from.</summary>
internal static class ProposalSteps
{
    public const string Onthaal = "onthaal@kluisbergen.be";

    public static async Task<string> ProposeOnthaalAsync(HttpClient admin)
    {
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["mailboxes"] = new JsonArray("socialedienst@kluisbergen.be", Onthaal);
        return await ProposalIdAsync(UpdateAsync(admin, "kluisbergen", body, etag));
    }
}
