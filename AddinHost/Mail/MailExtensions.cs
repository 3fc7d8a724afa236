using OutlookReferralAddin.AddinHost.Infrastructure;

namespace OutlookReferralAddin.AddinHost.Mail;

internal static class MailExtensions
{
    public static void AddReferralMail(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configured = builder.Configuration.GetSection(MailOptions.Section).Get<MailOptions>()?.Mode;
        var mode = configured ?? (builder.Environment.IsDevelopment() ? MailMode.Pickup : MailMode.Graph);

        services.AddHttpContextAccessor();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidatedOnStart(MailOptions.Section)
            .PostConfigure(o => o.Mode = mode);

        if (mode == MailMode.Pickup)
        {
            services.AddScoped<IReferralMailSender, PickupMailSender>();
            if (!builder.Environment.IsDevelopment())
            {
                services.AddHostedService<PickupOutsideDevelopmentWarning>();
            }

            return;
        }

        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidatedOnStart(GraphOptions.Section);
        services.AddSingleton<GraphHttpClient>();
        services.AddScoped<GraphAuthenticationProvider>();
        services.AddScoped<IReferralMailSender, GraphMailSender>();
    }
}
