using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Insignia.Core.Proofs;
using Insignia.Host.Issuer;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Issuer;

/// <summary>/api/v1/verify reads another issuer's Bitstring Status List through the key-document loader.</summary>
public sealed class ForeignStatusTests : IDisposable
{
    private const string ListUrl = "https://other-university.example/status/3";
    private const int Index = 4_242;
    private static readonly string Vectors = RepositoryPaths.SharedPath("standards", "ob3", "test-vectors", "obv3p0");
    private readonly InsigniaAppFactory _app = IssuerApp.Create();
    private readonly Ed25519SigningKey _foreignKey = Ed25519SigningKey.FromSeed(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public void Dispose()
    {
        _foreignKey.Dispose();
        _app.Dispose();
    }

    [Theory]
    [InlineData(true, "revoked", false)]
    [InlineData(false, "valid", true)]
    public async Task Verify_ForeignCredentialWithLoadableList_ReportsItsBit(bool revoked, string status, bool verified)
    {
        var list = Sign(StatusList(revoked ? [Index] : []));

        var report = await VerifyAsync(new Dictionary<string, JsonObject> { [ListUrl] = list });

        Assert.Equal((verified, status, true), (report["verified"]!.GetValue<bool>(), report["status"]!.GetValue<string>(), report["statusChecked"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Verify_ForeignListTampered_FailsTheStatusCheck()
    {
        var list = Sign(StatusList([Index]));
        list["credentialSubject"]!["encodedList"] = StatusListPublisher.EncodeList([]);

        var report = await VerifyAsync(new Dictionary<string, JsonObject> { [ListUrl] = list });

        var statusCheck = report["checks"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "status")!;
        Assert.Equal((false, false, "status_list_invalid"), (report["verified"]!.GetValue<bool>(), statusCheck["passed"]!.GetValue<bool>(), statusCheck["code"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Verify_ForeignListUnreachable_VerifiesWithStatusUnknown()
    {
        var report = await VerifyAsync([]);

        Assert.Equal((true, "unknown", false), (report["verified"]!.GetValue<bool>(), report["status"]!.GetValue<string>(), report["statusChecked"]!.GetValue<bool>()));
    }

    private async Task<JsonObject> VerifyAsync(Dictionary<string, JsonObject> documents)
    {
        var credential = JsonNode.Parse(File.ReadAllText(Path.Combine(Vectors, "unsigned-credential.json")))!.AsObject();
        credential["issuer"] = _foreignKey.DidKey;
        credential["credentialStatus"] = new JsonObject
        {
            ["id"] = $"{ListUrl}#{Index}",
            ["type"] = "BitstringStatusListEntry",
            ["statusPurpose"] = "revocation",
            ["statusListIndex"] = $"{Index}",
            ["statusListCredential"] = ListUrl,
        };
        var signed = Sign(credential);
        using var app = _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IKeyDocumentLoader>(new InMemoryKeyDocumentLoader(documents))));
        using var content = new StringContent(signed.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        var response = await app.CreateClient().PostAsync(new Uri("/api/v1/verify", UriKind.Relative), content, TestContext.Current.CancellationToken);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
    }

    private JsonObject Sign(JsonObject document)
    {
        var signer = _app.Services.GetRequiredService<EddsaRdfc2022Signer>();
        return signer.Sign(document, new DataIntegrityProofOptions(_foreignKey.DidKeyVerificationMethod, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), _foreignKey, TestContext.Current.CancellationToken);
    }

    private JsonObject StatusList(int[] set) => new()
    {
        ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
        ["id"] = ListUrl,
        ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
        ["issuer"] = _foreignKey.DidKey,
        ["validFrom"] = "2026-01-01T00:00:00Z",
        ["credentialSubject"] = new JsonObject
        {
            ["id"] = ListUrl + "#list",
            ["type"] = "BitstringStatusList",
            ["statusPurpose"] = "revocation",
            ["encodedList"] = StatusListPublisher.EncodeList(set),
        },
    };
}
