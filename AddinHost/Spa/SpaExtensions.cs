using Microsoft.AspNetCore.SpaServices;
using Microsoft.AspNetCore.StaticFiles;

namespace OutlookReferralAddin.AddinHost.Spa;

/// <summary>Serves the task pane and admin page built by Vite (<c>ClientApp/dist</c>), or proxies to the Vite dev server.</summary>
public static class SpaExtensions
{
    private const string DistFolder = "ClientApp/dist";

    public static WebApplicationBuilder AddReferralSpa(this WebApplicationBuilder builder)
    {
        builder.Services.AddSpaStaticFiles(options => options.RootPath = DistFolder);
        return builder;
    }

    /// <summary>
    /// Terminal: call after every API map. Serves the built pages; with <c>Spa:DevServerUrl</c> set (Development only)
    /// it proxies page requests to the Vite dev server instead, so the manifest keeps pointing at one origin.
    /// </summary>
    public static WebApplication MapReferralSpa(this WebApplication app)
    {
        app.MapClientConfig();

        var devServer = app.Configuration["Spa:DevServerUrl"];
        if (app.Environment.IsDevelopment() && !string.IsNullOrWhiteSpace(devServer))
        {
            app.MapWhen(IsPageRequest, branch => branch.UseSpa(spa => spa.UseProxyToSpaDevelopmentServer(new Uri(devServer))));
            return app;
        }

        // "/" is the landing page; the Office pages have their own names (taskpane.html, admin.html).
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is null && context.Request.Path == "/")
            {
                context.Request.Path = "/index.html";
            }

            return next(context);
        });
        app.UseSpaStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable" // Vite puts a content hash in every asset name.
                    : "no-cache",
        });
        return app;
    }

    private static bool IsPageRequest(HttpContext context) =>
        context.GetEndpoint() is null && !context.Request.Path.StartsWithSegments("/api");
}
