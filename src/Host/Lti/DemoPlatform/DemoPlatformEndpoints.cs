namespace Insignia.Host.Lti.DemoPlatform;

/// <summary>The demo platform's endpoints, beside the demo LMS.</summary>
internal static class DemoPlatformEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(DemoPlatformSettings.AuthPath, (HttpContext http, DemoPlatformAuthorization auth, CancellationToken ct) => auth.HandleAsync(http, ct))
            .WithName("DemoPlatformAuthorize").WithSummary("The demo LMS's OIDC authorization endpoint (LTI platform side).");
        app.MapGet(DemoPlatformSettings.JwksPath, (DemoPlatformAuthorization auth, CancellationToken ct) => auth.JwksAsync(ct))
            .WithName("DemoPlatformJwks").WithSummary("The demo LMS's public keys.");
        app.MapPost(DemoPlatformUrls.TokenPath, (HttpRequest r, DemoPlatformServices s, CancellationToken ct) => s.TokenAsync(r, ct))
            .WithName("DemoPlatformToken").WithSummary("The demo LMS's OAuth2 token endpoint (client credentials with the tool's JWT assertion).").DisableAntiforgery();
        app.MapGet(DemoPlatformUrls.LineItemsPath, (HttpRequest r, string courseId, DemoPlatformServices s, CancellationToken ct) => s.ListLineItemsAsync(r, courseId, ct))
            .WithName("DemoPlatformLineItems").WithSummary("AGS line items of a demo course.");
        app.MapPost(DemoPlatformUrls.LineItemsPath, (HttpRequest r, string courseId, DemoPlatformServices s, CancellationToken ct) => s.CreateLineItemAsync(r, courseId, ct))
            .WithName("DemoPlatformCreateLineItem").WithSummary("Creates an AGS line item in a demo course.");
        app.MapPost(DemoPlatformUrls.LineItemPath + "/scores", (HttpRequest r, string courseId, string lineItemId, DemoPlatformServices s, CancellationToken ct) => s.PostScoreAsync(r, courseId, lineItemId, ct))
            .WithName("DemoPlatformScores").WithSummary("Posts an AGS score to a demo line item.");
        app.MapGet(DemoPlatformUrls.LineItemPath + "/results", (HttpRequest r, string courseId, string lineItemId, DemoPlatformServices s, CancellationToken ct) => s.ListResultsAsync(r, courseId, lineItemId, ct))
            .WithName("DemoPlatformResults").WithSummary("AGS results of a demo line item.");
        app.MapGet(DemoPlatformUrls.MembershipsPath, (HttpRequest r, string courseId, DemoPlatformServices s, CancellationToken ct) => s.MembershipsAsync(r, courseId, ct))
            .WithName("DemoPlatformMemberships").WithSummary("NRPS memberships of a demo course.");
    }

    public static string LaunchButtons(string language) => $"""
        <h2>{Web.PageLayout.E(Web.UiLanguage.Pick(language, "Abrir Insignia desde el LMS de demostración (LTI 1.3)", "Open Insignia from the demo LMS (LTI 1.3)"))}</h2>
        {Button(language, DemoPlatformSettings.InstructorHint, Web.UiLanguage.Pick(language, "Entrar como docente", "Launch as instructor"))}
        {Button(language, Demo.DemoCourse.Learners[0].Id, Web.UiLanguage.Pick(language, "Entrar como estudiante (Ana López)", "Launch as learner (Ana López)"))}
        {Button(language, Demo.DemoCourse.Learners[2].Id, Web.UiLanguage.Pick(language, "Entrar como estudiante (Carla Martínez)", "Launch as learner (Carla Martínez)"))}
        """;

    private static string Button(string language, string loginHint, string label) => $"""
        <form method="get" action="/lti/login" style="display:inline-block;margin-right:1rem">
          <input type="hidden" name="iss" value="{Web.PageLayout.E(DemoPlatformSettings.Issuer)}">
          <input type="hidden" name="client_id" value="{Web.PageLayout.E(DemoPlatformSettings.ClientId)}">
          <input type="hidden" name="lti_deployment_id" value="{Web.PageLayout.E(DemoPlatformSettings.DeploymentId)}">
          <input type="hidden" name="login_hint" value="{Web.PageLayout.E(loginHint)}">
          <input type="hidden" name="target_link_uri" value="/lti/launch">
          <input type="hidden" name="lang" value="{Web.PageLayout.E(language)}">
          <button type="submit">{Web.PageLayout.E(label)}</button>
        </form>
        """;
}
