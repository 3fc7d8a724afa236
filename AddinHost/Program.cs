using OutlookReferralAddin.AddinHost.Admin;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Consent;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Incidents;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Mail;
using OutlookReferralAddin.AddinHost.Referrals;
using OutlookReferralAddin.AddinHost.Security;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Teams;
using OutlookReferralAddin.AddinHost.Telemetry;

var builder = WebApplication.CreateBuilder(SettingsReadOnce.Arguments(args));

builder.RefuseUnsafeConfiguration();
builder.AddReferralInfrastructure();
builder.AddReferralAuthentication();
builder.AddReferralStorage();
builder.AddReferralDirectory();
builder.AddReferralMail();
builder.AddReferrals();
builder.AddConsentRegister();
builder.AddReferralAdmin();
builder.AddAddinManifest();
builder.AddReferralSpa();
builder.AddReferralSecurity();
builder.AddReferralTelemetry();

var app = builder.Build();

app.UseReferralTelemetry();
app.UseProxyForwarding();
app.UseReferralInfrastructure();
app.UseAuthentication();
app.UseReferralSecurity();
app.UseAuthorization();

await app.InitializeReferralStorageAsync();

app.MapReferralInfrastructure();
app.MapDirectoryApi();
app.MapRecipientsApi();
app.MapResidenceApi();
app.MapMeApi();
app.MapReferralsApi();
app.MapIncidentsApi();
app.MapConsentApi();
app.MapAdminApi();
app.MapEntraRegistrationApi();
app.MapAddinManifest();
app.MapReferralSpa();

await app.RunAsync();

/// <summary>Entry point, public so that integration tests can use <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
