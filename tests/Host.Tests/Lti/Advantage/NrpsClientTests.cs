using Insignia.Host.Lti.Advantage;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Tests.Lti.Infrastructure;
using Insignia.Testing;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Insignia.Host.Tests.Lti.Advantage;

[Collection(LtiHostCollection.Name)]
public sealed class NrpsClientTests(LtiHostFixture host)
{
    [Fact]
    public async Task ReadAsync_WithResourceLink_SendsRlidAndReadsMembersAndDifferences()
    {
        var fixture = File.ReadAllText(RepositoryPaths.SharedPath("fixtures/lti/nrps_membership_container.json"));
        host.Canvas.Server.Given(Request.Create().WithPath("/api/lti/courses/101/names_and_roles").WithParam("rlid", "link-1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200)
                .WithHeader("Content-Type", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json")
                .WithHeader("Link", $"<{host.Canvas.BaseUrl}/api/lti/courses/101/names_and_roles?diff=abc>; rel=\"differences\"")
                .WithBody(fixture));
        var pages = new List<NrpsPage>();

        await host.App.WithScopeAsync(async sp =>
        {
            var platform = (await sp.GetRequiredService<LtiPlatformStore>().FindByIssuerAsync(host.Canvas.Issuer, TestContext.Current.CancellationToken)).Single();
            await foreach (var page in sp.GetRequiredService<NrpsClient>().ReadAsync(platform, $"{host.Canvas.BaseUrl}/api/lti/courses/101/names_and_roles", "link-1", TestContext.Current.CancellationToken))
            {
                pages.Add(page);
            }
        });

        var expected = System.Text.Json.JsonDocument.Parse(fixture).RootElement.GetProperty("members").GetArrayLength();
        Assert.Equal((1, expected, true), (pages.Count, pages[0].Members.Count, pages[0].DifferencesUrl?.EndsWith("diff=abc", StringComparison.Ordinal)));
    }
}
