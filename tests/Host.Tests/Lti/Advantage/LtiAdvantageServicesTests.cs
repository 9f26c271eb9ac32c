using System.Net;
using System.Text.Json;
using Insignia.Core.Courses;
using Insignia.Core.Ports;
using Insignia.Host.Lti.Advantage;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Tests.Lti.Infrastructure;
using Insignia.Testing;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Insignia.Host.Tests.Lti.Advantage;

/// <summary>Roster and "badge earned" through the service URLs a launch delivered for its course.</summary>
[Collection(LtiHostCollection.Name)]
public sealed class LtiAdvantageServicesTests(LtiHostFixture host)
{
    [Fact]
    public async Task PublishEarnedAsync_AfterMoodleLaunch_CreatesBadgeLineItemAndPostsFullyGradedScore()
    {
        var moodle = host.Moodle;
        var lineItems = $"{moodle.BaseUrl}/mod/lti/services.php/12/lineitems?type_id=2";
        moodle.Server.Given(Request.Create().WithPath("/mod/lti/services.php/12/lineitems").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody("[]"));
        moodle.Server.Given(Request.Create().WithPath("/mod/lti/services.php/12/lineitems").UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new Dictionary<string, object>
        {
            ["id"] = $"{moodle.BaseUrl}/mod/lti/services.php/12/lineitems/9/lineitem?type_id=2",
            ["label"] = "Insignia: Fundamentos",
            ["scoreMaximum"] = 1,
        }));
        moodle.Server.Given(Request.Create().WithPath("/mod/lti/services.php/12/lineitems/9/lineitem/scores").WithParam("type_id", "2").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        using var launch = await host.Driver(moodle).LaunchAsync(t => t
            .WithLtiClaim("context", new Dictionary<string, object> { ["id"] = "12", ["title"] = "Curso 12" })
            .With("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", new Dictionary<string, object> { ["scope"] = new[] { "https://purl.imsglobal.org/spec/lti-ags/scope/score" }, ["lineitems"] = lineItems }));
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        var name = await NameOfAsync(moodle.Issuer);

        await host.App.WithScopeAsync(sp => sp.GetRequiredService<BadgeScorePublisher>().PublishEarnedAsync(new CourseContext(name, "12"), "user-42", "fundamentos", "Fundamentos", TestContext.Current.CancellationToken));

        var score = moodle.Server.LogEntries.Last(e => e.RequestMessage.Path.EndsWith("/lineitems/9/lineitem/scores", StringComparison.Ordinal)).RequestMessage;
        using var body = JsonDocument.Parse(score.Body!);
        Assert.Equal(("FullyGraded", "Completed", 1d, "user-42"), (body.RootElement.GetProperty("gradingProgress").GetString(), body.RootElement.GetProperty("activityProgress").GetString(), body.RootElement.GetProperty("scoreGiven").GetDouble(), body.RootElement.GetProperty("userId").GetString()));
    }

    [Fact]
    public async Task RosterSource_AfterCanvasLaunch_ReadsActiveMembersFromNrps()
    {
        var canvas = host.Canvas;
        var fixture = File.ReadAllText(RepositoryPaths.SharedPath("fixtures/lti/nrps_membership_container.json"));
        canvas.Server.Given(Request.Create().WithPath("/api/lti/courses/555/names_and_roles").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody(fixture));
        using var launch = await host.Driver(canvas).LaunchAsync(t => t
            .WithLtiClaim("context", new Dictionary<string, object> { ["id"] = "ctx-555" })
            .With("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", new Dictionary<string, object> { ["context_memberships_url"] = $"{canvas.BaseUrl}/api/lti/courses/555/names_and_roles", ["service_versions"] = new[] { "2.0" } }));
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        var name = await NameOfAsync(canvas.Issuer);
        var members = new List<RosterMember>();

        await host.App.WithScopeAsync(async sp =>
        {
            var roster = sp.GetRequiredKeyedService<IRosterSource>(PlatformKind.LtiAdvantage);
            await foreach (var member in roster.GetMembersAsync(new SourceConnection(name, PlatformKind.LtiAdvantage, new Uri(canvas.Issuer)), new CourseContext(name, "ctx-555"), TestContext.Current.CancellationToken))
            {
                members.Add(member);
            }
        });

        var expected = JsonDocument.Parse(fixture).RootElement.GetProperty("members").EnumerateArray()
            .Where(m => !m.TryGetProperty("status", out var s) || s.GetString() == "Active").Select(m => m.GetProperty("user_id").GetString()).ToList();
        Assert.Equal(expected, members.Select(m => m.ExternalId));
    }

    private async Task<string> NameOfAsync(string issuer)
    {
        var name = string.Empty;
        await host.App.WithScopeAsync(async sp => name = (await sp.GetRequiredService<LtiPlatformStore>().FindByIssuerAsync(issuer, TestContext.Current.CancellationToken)).Single().Name);
        return name;
    }
}
