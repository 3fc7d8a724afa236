namespace OutlookReferralAddin.AddinHost.Mail;

internal static class MailExtensions
{
    public static void AddReferralMail(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configured = builder.Configuration.GetSection(MailOptions.Section).Get<MailOptions>()?.Mode;
        var mode = configured ?? (builder.Environment.IsDevelopment() ? MailMode.Pickup : MailMode.Graph);

        services.AddHttpContextAccessor();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section)
            .PostConfigure(o => o.Mode = mode).ValidateDataAnnotations().ValidateOnStart();

        if (mode == MailMode.Pickup)
        {
            services.AddScoped<IReferralMailSender, PickupMailSender>();
            return;
        }

        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GraphHttpClient>();
        services.AddScoped<GraphAuthenticationProvider>();
        services.AddScoped<IReferralMailSender, GraphMailSender>();
    }
}
