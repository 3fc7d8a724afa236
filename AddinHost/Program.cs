var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAddinManifest(builder.Configuration);

var app = builder.Build();

app.MapAddinManifest();
app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }));

app.Run();

/// <summary>Entry point, public so that integration tests can use <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
