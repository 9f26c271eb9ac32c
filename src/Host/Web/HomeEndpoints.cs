namespace Insignia.Host.Web;

/// <summary>The landing page and the demo course page (until the full UI lands).</summary>
internal static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHomeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Html(HomePage.Render(UiLanguage.From(http)))).WithName("Home").WithSummary("Landing page.");
        app.MapGet("/demo", async (HttpContext http, DemoPage page, CancellationToken ct) => Html(await page.RenderAsync(UiLanguage.From(http), ct)))
            .WithName("DemoCourse").WithSummary("The demo course's credential and who qualifies, with explanations.");
        return app;
    }

    private static IResult Html(string body) => TypedResults.Content(body, "text/html; charset=utf-8");
}
