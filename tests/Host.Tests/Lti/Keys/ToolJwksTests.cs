using System.Text.Json;
using Insignia.Core.Ports;
using Insignia.Host.Tests.Lti.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Lti.Keys;

[Collection(LtiHostCollection.Name)]
public sealed class ToolJwksTests(LtiHostFixture host)
{
    [Fact]
    public async Task ToolJwks_AfterRotation_PublishesOldAndNewKeys()
    {
        var client = host.App.CreateClient();
        var before = await KidsAsync(client);
        PublicSigningKey rotated = null!;
        await host.App.WithScopeAsync(async sp => rotated = await sp.GetRequiredService<IKeyStore>().RotateAsync("lti-tool", SigningAlgorithm.Rsa, TestContext.Current.CancellationToken));

        var after = await KidsAsync(client);

        Assert.Equal(before.Append(rotated.KeyId).Order(StringComparer.Ordinal), after.Order(StringComparer.Ordinal));
    }

    private static async Task<List<string>> KidsAsync(HttpClient client)
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/.well-known/jwks.json", UriKind.Relative), TestContext.Current.CancellationToken));
        return [.. doc.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!)];
    }
}
