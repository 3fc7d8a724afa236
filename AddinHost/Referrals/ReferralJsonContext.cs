using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>
/// The referral's request and answer as System.Text.Json metadata generated at compile time, so the first referral after
/// a start does not build it by reflection and emitted accessors (#20). Only metadata: the host's options still decide
/// the naming, the enum strings and the refusal of unknown properties, as for every other type.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ReferralRequest))]
[JsonSerializable(typeof(ReferralCreated))]
internal sealed partial class ReferralJsonContext : JsonSerializerContext;
