using System.Net;
using Insignia.Core.Courses;
using Insignia.Core.Evidence;
using Insignia.Core.Ports;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Tests.Lti.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Insignia.Host.Tests.Lti.Advantage;

[Collection(LtiHostCollection.Name)]
public sealed class LtiAdvantageEvidenceSourceTests(LtiHostFixture host)
{
    [Fact]
    public async Task ReadSinceAsync_LineItemsWithResults_YieldsScoresExceptBadgeItems()
    {
        var canvas = host.Canvas;
        canvas.Server.Given(Request.Create().WithPath("/api/lti/courses/777/line_items").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new object[]
        {
            new { id = $"{canvas.BaseUrl}/api/lti/courses/777/line_items/1", label = "Quiz", scoreMaximum = 10, resourceId = "quiz-1" },
            new { id = $"{canvas.BaseUrl}/api/lti/courses/777/line_items/2", label = "Insignia: X", scoreMaximum = 1, tag = "insignia-badge" },
        }));
        canvas.Server.Given(Request.Create().WithPath("/api/lti/courses/777/line_items/1/results").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new object[]
        {
            new { id = "r1", userId = "u1", resultScore = 8.0, resultMaximum = 10.0 },
            new { id = "r2", userId = "u2" },
        }));
        using var launch = await host.Driver(canvas).LaunchAsync(t => t
            .WithLtiClaim("context", new Dictionary<string, object> { ["id"] = "ctx-777" })
            .With("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", new Dictionary<string, object> { ["scope"] = new[] { "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem" }, ["lineitems"] = $"{canvas.BaseUrl}/api/lti/courses/777/line_items" }));
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        var records = new List<EvidenceRecord>();

        await host.App.WithScopeAsync(async sp =>
        {
            var name = (await sp.GetRequiredService<LtiPlatformStore>().FindByIssuerAsync(canvas.Issuer, TestContext.Current.CancellationToken)).Single().Name;
            var source = sp.GetRequiredKeyedService<IEvidenceSource>(PlatformKind.LtiAdvantage);
            await foreach (var page in source.ReadSinceAsync(new SourceConnection(name, PlatformKind.LtiAdvantage, new Uri(canvas.Issuer)), new CourseContext(name, "ctx-777"), SyncCursor.Start, TestContext.Current.CancellationToken))
            {
                records.AddRange(page.Records);
            }
        });

        var record = Assert.Single(records);
        Assert.Equal(("u1", "lti:lineitem:quiz-1", 0.8, true), (record.LearnerId, record.Activity.ToString(), record.NormalizedScore, record.OccurredAtIsObservation));
    }
}
