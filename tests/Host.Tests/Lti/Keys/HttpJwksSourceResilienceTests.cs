using Insignia.Host.Lti;
using Insignia.Host.Lti.Keys;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Insignia.Host.Tests.Lti.Keys;

public sealed class HttpJwksSourceResilienceTests : IDisposable
{
    private const string Jwks = """{"keys":[{"kty":"RSA","kid":"k1","use":"sig","alg":"RS256","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw","e":"AQAB"}]}""";
    private readonly WireMockServer _platform = WireMockServer.Start("http://127.0.0.1:0");

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task FetchAsync_OneTransient503_RetriesAndReturnsTheKeys()
    {
        _platform.Given(Request.Create().WithPath("/jwks").UsingGet()).InScenario("flaky").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503));
        _platform.Given(Request.Create().WithPath("/jwks").UsingGet()).InScenario("flaky").WhenStateIs("up")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(Jwks));
        using var services = Services();

        var keys = await services.GetRequiredService<HttpJwksSource>().FetchAsync($"{_platform.Url}/jwks", TestContext.Current.CancellationToken);

        Assert.Equal("k1", Assert.Single(keys.Keys).Kid);
    }

    [Fact]
    public async Task FetchAsync_PlatformDown_ThrowsJwksUnavailableAfterBoundedRetries()
    {
        var requests = 0;
        _platform.Given(Request.Create().WithPath("/jwks").UsingGet()).RespondWith(Response.Create().WithCallback(_ =>
        {
            Interlocked.Increment(ref requests); // counted before replying: WireMock's own log is written after the response
            return new WireMock.ResponseMessage { StatusCode = 503 };
        }));
        using var services = Services();

        await Assert.ThrowsAsync<JwksUnavailableException>(() => services.GetRequiredService<HttpJwksSource>().FetchAsync($"{_platform.Url}/jwks", TestContext.Current.CancellationToken));

        Assert.Equal(3, requests);
    }

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddHttpClient(HttpJwksSource.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan).AddLtiResilience();
        services.AddSingleton<HttpJwksSource>();
        return services.BuildServiceProvider();
    }
}
