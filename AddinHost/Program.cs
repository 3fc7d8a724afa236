var builder = WebApplication.CreateBuilder(args);
builder.Services.AddReferralSpa();

var app = builder.Build();

app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }));
app.MapReferralSpa();

app.Run();

/// <summary>Entry point, public so that integration tests can use <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
