using Insignia.Host.Lti.Advantage;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Tests.Lti.Infrastructure;
using Insignia.Testing;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Insignia.Host.Tests.Lti.Advantage;

[Collection(LtiHostCollection.Name)]
public sealed class AgsClientTests(LtiHostFixture host)
{
    [Fact]
    public async Task PostScoreAsync_MoodleLineItemUrlWithQuery_PostsToScoresPathKeepingQuery()
    {
        host.Moodle.Server.Given(Request.Create().WithPath("/mod/lti/services.php/2/lineitems/7/lineitem/scores").WithParam("type_id", "2").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200));
        var lineItem = $"{host.Moodle.BaseUrl}/mod/lti/services.php/2/lineitems/7/lineitem?type_id=2";

        await WithAgsAsync((ags, platform) => ags.PostScoreAsync(platform, lineItem, new AgsScore { UserId = "5", ScoreGiven = 1, ScoreMaximum = 1, Timestamp = TimeProvider.System.GetUtcNow(), ActivityProgress = "Completed", GradingProgress = "FullyGraded" }, TestContext.Current.CancellationToken));

        var request = host.Moodle.Server.LogEntries.Last(e => e.RequestMessage.Path.EndsWith("/scores", StringComparison.Ordinal)).RequestMessage;
        Assert.Equal(
            ("/mod/lti/services.php/2/lineitems/7/lineitem/scores", "?type_id=2", "application/vnd.ims.lis.v1.score+json", "Bearer fake-access-token"),
            (request.Path, new Uri(request.Url).Query, request.Headers!["Content-Type"].First().Split(';')[0], request.Headers["Authorization"].First()));
    }

    [Fact]
    public async Task ListLineItemsAsync_LinkNextHeader_ReadsEveryPage()
    {
        var fixture = File.ReadAllText(RepositoryPaths.SharedPath("fixtures/lti/ags_lineitems.json"));
        host.Moodle.Server.Given(Request.Create().WithPath("/ags/course-9/lineitems").WithParam("page", "2").UsingGet())
            .AtPriority(1).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/vnd.ims.lis.v2.lineitemcontainer+json").WithBody(fixture));
        host.Moodle.Server.Given(Request.Create().WithPath("/ags/course-9/lineitems").UsingGet())
            .AtPriority(2).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Link", $"<{host.Moodle.BaseUrl}/ags/course-9/lineitems?page=2>; rel=\"next\"").WithBody(fixture));
        var items = new List<AgsLineItem>();

        await WithAgsAsync(async (ags, platform) =>
        {
            await foreach (var item in ags.ListLineItemsAsync(platform, $"{host.Moodle.BaseUrl}/ags/course-9/lineitems", TestContext.Current.CancellationToken))
            {
                items.Add(item);
            }
        });

        var perPage = System.Text.Json.JsonDocument.Parse(fixture).RootElement.GetArrayLength();
        Assert.Equal(2 * perPage, items.Count);
    }

    [Fact]
    public async Task ListResultsAsync_Fixture_MapsScores()
    {
        var fixture = File.ReadAllText(RepositoryPaths.SharedPath("fixtures/lti/ags_results.json"));
        host.Moodle.Server.Given(Request.Create().WithPath("/ags/item-3/lineitem/results").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(fixture));
        var results = new List<AgsResult>();

        await WithAgsAsync(async (ags, platform) =>
        {
            await foreach (var result in ags.ListResultsAsync(platform, $"{host.Moodle.BaseUrl}/ags/item-3/lineitem", TestContext.Current.CancellationToken))
            {
                results.Add(result);
            }
        });

        var expected = System.Text.Json.JsonDocument.Parse(fixture).RootElement.EnumerateArray().Select(r => r.GetProperty("userId").GetString()).ToList();
        Assert.Equal(expected, results.Select(r => r.UserId));
    }

    private async Task WithAgsAsync(Func<AgsClient, LtiPlatform, Task> action) =>
        await host.App.WithScopeAsync(async sp =>
        {
            var platform = (await sp.GetRequiredService<LtiPlatformStore>().FindByIssuerAsync(host.Moodle.Issuer, TestContext.Current.CancellationToken)).Single();
            await action(sp.GetRequiredService<AgsClient>(), platform);
        });
}
