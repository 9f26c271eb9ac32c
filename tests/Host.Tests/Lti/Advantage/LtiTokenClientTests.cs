using Insignia.Host.Lti.Advantage;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Tests.Lti.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Insignia.Host.Tests.Lti.Advantage;

[Collection(LtiHostCollection.Name)]
public sealed class LtiTokenClientTests(LtiHostFixture host)
{
    [Fact]
    public async Task GetAccessTokenAsync_TwiceSameScopes_RequestsOnceWithSignedAssertion()
    {
        var before = host.Broken.Server.LogEntries.Count(e => e.RequestMessage.Path == "/token");
        await host.App.WithScopeAsync(async sp =>
        {
            var platform = (await sp.GetRequiredService<LtiPlatformStore>().FindByIssuerAsync(host.Broken.Issuer, TestContext.Current.CancellationToken)).Single();
            var tokens = sp.GetRequiredService<LtiTokenClient>();
            await tokens.GetAccessTokenAsync(platform, ["s1", "s2"], TestContext.Current.CancellationToken);
            await tokens.GetAccessTokenAsync(platform, ["s2", "s1"], TestContext.Current.CancellationToken);
        });

        var requests = host.Broken.Server.LogEntries.Where(e => e.RequestMessage.Path == "/token").Skip(before).ToList();
        var form = System.Web.HttpUtility.ParseQueryString(requests[0].RequestMessage.Body!);
        var assertion = new JsonWebToken(form["client_assertion"]);
        Assert.Equal(
            (1, "client_credentials", "RS256", host.Broken.ClientId, host.Broken.TokenUrl),
            (requests.Count, form["grant_type"], assertion.Alg, assertion.Subject, assertion.Audiences.Single()));
    }
}
