using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using Insignia.Testing.Builders;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Insignia.Host.Tests.Lti.Infrastructure;

/// <summary>An LTI platform: its own RSA keys, its JWKS and token endpoint on WireMock (127.0.0.1), and launch tokens.</summary>
public sealed class PlatformSimulator : IDisposable
{
    public PlatformSimulator(string issuer, string clientId, string deploymentId)
    {
        Issuer = issuer;
        ClientId = clientId;
        DeploymentId = deploymentId;
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
        PublishKeys(Key, KeyId);
        Server.Given(Request.Create().WithPath("/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"access_token":"fake-access-token","token_type":"Bearer","expires_in":3600}"""));
    }

    private static readonly Guid JwksMapping = Guid.Parse("5b0f8a8e-1f6e-4a55-9c43-0d9f3c1b7a01");

    public string Issuer { get; }

    public string ClientId { get; }

    public string DeploymentId { get; }

    public WireMockServer Server { get; }

    public RSA Key { get; } = RSA.Create(2048);

    public string KeyId { get; } = "platform-key-1";

    public string BaseUrl => $"http://127.0.0.1:{Server.Port}";

    public string JwksUrl => $"{BaseUrl}/jwks";

    public string TokenUrl => $"{BaseUrl}/token";

    public string AuthUrl => $"{BaseUrl}/auth";

    public int JwksRequests => Server.LogEntries.Count(e => e.RequestMessage.Path == "/jwks");

    public LaunchTokenBuilder Token(string nonce) =>
        new LaunchTokenBuilder(Issuer, ClientId, DeploymentId, nonce, TimeProvider.System.GetUtcNow()).SignedWith(Key, KeyId);

    /// <summary>Serves a JWKS holding the given keys (kid → key); a key may be null to publish a non-RSA entry.</summary>
    public void PublishKeys(RSA key, string kid, params object[] extraKeys)
    {
        var parameters = key.ExportParameters(false);
        var keys = new List<object> { new { kty = "RSA", use = "sig", alg = "RS256", kid, n = B64(parameters.Modulus!), e = B64(parameters.Exponent!) } };
        keys.AddRange(extraKeys);
        Server.Given(Request.Create().WithPath("/jwks").UsingGet()).WithGuid(JwksMapping)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(new { keys })));
    }

    public void FailJwks() =>
        Server.Given(Request.Create().WithPath("/jwks").UsingGet()).WithGuid(JwksMapping).RespondWith(Response.Create().WithStatusCode(503));

    public byte[] PublicKeyPem() => System.Text.Encoding.ASCII.GetBytes(Key.ExportSubjectPublicKeyInfoPem());

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
        Key.Dispose();
    }

    public static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
