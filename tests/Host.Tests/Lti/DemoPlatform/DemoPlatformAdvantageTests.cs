using System.Net;
using System.Text.RegularExpressions;
using Insignia.Core.Courses;
using Insignia.Host.Demo;
using Insignia.Host.Issuer;
using Insignia.Host.Lti.Advantage;
using Insignia.Host.Lti.DemoPlatform;
using Insignia.Host.Lti.Keys;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Lti.DemoPlatform;

/// <summary>The tool's real AGS/NRPS clients against the demo platform's endpoints, after a real demo launch.</summary>
public sealed partial class DemoPlatformAdvantageTests : IAsyncLifetime
{
    private readonly InsigniaAppFactory _factory = new();
    private WebApplicationFactory<Program> _app = null!;

    public async ValueTask InitializeAsync()
    {
        // The tool's outgoing "lti" HttpClient reaches the demo platform inside the same TestServer.
        _app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddHttpClient(HttpJwksSource.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => ((TestServer)sp.GetRequiredService<IServer>()).CreateHandler())));
        await LaunchAsInstructorAsync();
    }

    [Fact]
    public async Task DemoPlatform_NrpsReadAfterInstructorLaunch_ReturnsDemoCourseMembers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = _app.Services.CreateAsyncScope();
        var (platform, context) = await scope.ServiceProvider.GetRequiredService<LtiServiceContext>().FindAsync(DemoCourse.Connection, DemoCourse.CourseId, ct);
        var members = new List<NrpsMember>();
        await foreach (var page in scope.ServiceProvider.GetRequiredService<NrpsClient>().ReadAsync(platform, context.MembershipsUrl!, null, ct))
        {
            members.AddRange(page.Members);
        }

        var learnerIds = members.Where(m => m.Roles.Any(r => r.EndsWith("#Learner", StringComparison.Ordinal))).Select(m => m.UserId).Order(StringComparer.Ordinal);
        Assert.Equal(DemoCourse.Learners.Select(l => l.Id).Order(StringComparer.Ordinal), learnerIds);
    }

    [Fact]
    public async Task DemoPlatform_BadgeScorePublished_ShowsAsResultOfBadgeLineItem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = _app.Services.CreateAsyncScope();
        var publisher = scope.ServiceProvider.GetRequiredService<BadgeScorePublisher>();
        var course = new CourseContext(DemoCourse.Connection, DemoCourse.CourseId);

        await publisher.PublishEarnedAsync(course, "1001", "def-score", "Fundamentos", ct);
        await publisher.PublishEarnedAsync(course, "1002", "def-score", "Fundamentos", ct);

        var (platform, context) = await scope.ServiceProvider.GetRequiredService<LtiServiceContext>().FindAsync(DemoCourse.Connection, DemoCourse.CourseId, ct);
        var ags = scope.ServiceProvider.GetRequiredService<AgsClient>();
        var items = new List<AgsLineItem>();
        await foreach (var item in ags.ListLineItemsAsync(platform, context.LineItemsUrl!, ct))
        {
            items.Add(item);
        }

        var results = new List<AgsResult>();
        await foreach (var result in ags.ListResultsAsync(platform, Assert.Single(items, i => i.ResourceId == "def-score").Id!, ct))
        {
            results.Add(result);
        }

        Assert.Equal([("1001", 1.0), ("1002", 1.0)], results.Select(r => (r.UserId, r.ResultScore ?? 0)));
    }

    [Fact]
    public async Task DemoPlatform_ServiceCallWithoutToken_Refused()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var response = await client.GetAsync(new Uri("/demo-lms/lti/courses/OBP101/memberships", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task IssuedBadgeScores_CredentialForDemoLearner_PostsScoreToDemoGradebook()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = _app.Services.CreateAsyncScope();
        var notice = new IssuedCredentialNotice(await LearnerIdAsync(scope.ServiceProvider, "1003"), "def-x", "Def X", "demo/OBP101");

        var posted = await scope.ServiceProvider.GetRequiredService<IssuedBadgeScores>().PublishAsync(notice, ct);

        var gradebook = _app.Services.GetRequiredService<DemoGradebook>();
        var item = Assert.Single(gradebook.LineItems(DemoCourse.CourseId), i => i.Item.ResourceId == "def-x");
        Assert.Equal((true, "1003"), (posted, Assert.Single(gradebook.Scores(DemoCourse.CourseId, item.Id)).UserId));
    }

    [Fact]
    public async Task IssuedBadgeScores_PlatformRefuses_ReturnsFalseWithoutThrowing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LtiContextStore>().UpsertAsync(
            new LtiContextEntity { PlatformName = DemoCourse.Connection, ContextId = "GONE", LineItemsUrl = "https://localhost/demo-lms/lti/courses/GONE/lineitems" }, ct);
        var notice = new IssuedCredentialNotice(await LearnerIdAsync(scope.ServiceProvider, "1001"), "def-y", "Def Y", "demo/GONE");

        var posted = await scope.ServiceProvider.GetRequiredService<IssuedBadgeScores>().PublishAsync(notice, ct);

        Assert.False(posted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    private static Task<Guid> LearnerIdAsync(IServiceProvider services, string externalId) =>
        services.GetRequiredService<InsigniaDbContext>().LearnerIdentities
            .Where(i => i.Source == DemoCourse.Connection && i.ExternalId == externalId).Select(i => i.LearnerId).SingleAsync(TestContext.Current.CancellationToken);

    private async Task LaunchAsInstructorAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        using var login = await browser.GetAsync(new Uri("/lti/login?iss=https%3A%2F%2Fdemo-lms.insignia.invalid&client_id=insignia-demo-tool&login_hint=instructor&target_link_uri=%2Flti%2Flaunch", UriKind.Relative), ct);
        var authorize = await browser.GetStringAsync(login.Headers.Location, ct);
        var fields = HiddenField().Matches(authorize).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        using var launch = await browser.PostAsync(new Uri("/lti/launch", UriKind.Relative), new FormUrlEncodedContent(fields), ct);
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
    }

    [GeneratedRegex("name=\"(id_token|state)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
