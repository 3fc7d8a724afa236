using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace OutlookReferralAddin.AddinHost.Authentication;

/// <summary>
/// The three app roles (names from <c>Authentication:WorkerRole</c>, <c>AdminRole</c>, <c>DpoRole</c>) as authorization
/// policies. No role implies another: an administrator who also refers holds both, and a DPO reads the register without
/// being able to change the allow-list it is checked against.
/// </summary>
internal static class ReferralRoles
{
    public const string WorkerPolicy = "ReferralWorker";
    public const string AdminPolicy = "ReferralAdmin";
    public const string DpoPolicy = "ReferralDpo";

    /// <summary>The audit trail: the administrators who write it and the DPO who oversees them.</summary>
    public const string AdminOrDpoPolicy = "ReferralAdminOrDpo";

    /// <summary>Referral reads and actions: the sender's own, or the DPO's on anyone's.</summary>
    public const string WorkerOrDpoPolicy = "ReferralWorkerOrDpo";

    public static void AddReferralRolePolicies(this IServiceCollection services, IConfiguration configuration)
    {
        var names = RoleNames.From(configuration);
        services.AddSingleton(names);
        services.AddAuthorizationBuilder()
            .AddPolicy(WorkerPolicy, p => p.RequireAuthenticatedUser().RequireRole(names.Worker))
            .AddPolicy(AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(names.Admin))
            .AddPolicy(DpoPolicy, p => p.RequireAuthenticatedUser().RequireRole(names.Dpo))
            .AddPolicy(AdminOrDpoPolicy, p => p.RequireAuthenticatedUser().RequireRole(names.Admin, names.Dpo))
            .AddPolicy(WorkerOrDpoPolicy, p => p.RequireAuthenticatedUser().RequireRole(names.Worker, names.Dpo));
    }

    public static async Task<bool> IsDpoAsync(this IAuthorizationService authorization, ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, DpoPolicy)).Succeeded;
}

/// <summary>The configured role names, read once.</summary>
internal sealed record RoleNames(string Worker, string Admin, string Dpo)
{
    public static RoleNames From(IConfiguration configuration)
    {
        var defaults = new ReferralAuthenticationOptions();
        return new(
            Read(configuration, nameof(ReferralAuthenticationOptions.WorkerRole)) ?? defaults.WorkerRole,
            Read(configuration, nameof(ReferralAuthenticationOptions.AdminRole)) ?? defaults.AdminRole,
            Read(configuration, nameof(ReferralAuthenticationOptions.DpoRole)) ?? defaults.DpoRole);
    }

    /// <summary>The roles a person holds, as the pages name them (<c>worker</c>, <c>admin</c>, <c>dpo</c>).</summary>
    public IReadOnlyList<string> Of(ClaimsPrincipal user) =>
        [.. new[] { ("worker", Worker), ("admin", Admin), ("dpo", Dpo) }.Where(r => user.IsInRole(r.Item2)).Select(r => r.Item1)];

    private static string? Read(IConfiguration configuration, string key) =>
        configuration[$"{ReferralAuthenticationOptions.Section}:{key}"] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
