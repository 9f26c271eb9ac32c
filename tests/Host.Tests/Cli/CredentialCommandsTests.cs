using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Insignia.Host.Issuer;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Testing;

namespace Insignia.Host.Tests.Cli;

/// <summary>Issue 3's CLI verbs against the published 1EdTech OB 3.0 vector, offline.</summary>
public sealed class CredentialCommandsTests : IClassFixture<InsigniaAppFactory>, IDisposable
{
    private const string Seed = "6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4";
    private const string Issuer = "https://example.edu/issuers/565049";
    private const string Method = Issuer + "#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
    private const string StatusListUrl = "https://example.edu/status/1";
    private static readonly string Vectors = RepositoryPaths.SharedPath("standards", "ob3", "test-vectors", "obv3p0");
    private readonly InsigniaAppFactory _app;
    private readonly string _folder = Directory.CreateTempSubdirectory("insignia-cred").FullName;

    public CredentialCommandsTests(InsigniaAppFactory app) => _app = app;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task RdfCanonize_Ob3Vector_MatchesPublishedCanonicalForm()
    {
        var result = await _app.RunCliAsync("rdf", "canonize", Path.Combine(Vectors, "unsigned-credential.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(Vectors, "document-canon.txt")).TrimEnd('\n'), result.Output.TrimEnd('\n'));
    }

    [Fact]
    public async Task RdfCanonize_UnknownContext_ExitsOneWithJsonLdCode()
    {
        var file = Write("""{ "@context": "https://example.org/unknown-context.jsonld", "name": "x" }""");

        var result = await _app.RunCliAsync("rdf", "canonize", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("loading remote context failed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CredentialVerify_PublishedSignedVector_IsVerified()
    {
        var result = await _app.RunCliAsync("credential", "verify", Path.Combine(Vectors, "signed-credential.json"), "--now", "2024-06-01T00:00:00Z", "--resolve", KeyDocument());

        var verdict = JsonDocument.Parse(result.Output).RootElement;
        Assert.True(verdict.GetProperty("verified").GetBoolean(), result.Output);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("eddsa-rdfc-2022", verdict.GetProperty("cryptosuite").GetString());
    }

    [Theory]
    [InlineData("di")]
    [InlineData("jwt")]
    public async Task CredentialSign_ThenVerify_RoundTrips(string format)
    {
        var signed = await _app.RunCliAsync("credential", "sign", "--in", Path.Combine(Vectors, "unsigned-credential.json"), "--format", format, "--key-seed", Seed, "--verification-method", Method);
        var file = Write(signed.Output);

        var verified = await _app.RunCliAsync("credential", "verify", file, "--now", "2024-06-01T00:00:00Z", "--resolve", KeyDocument());

        Assert.Equal(0, signed.ExitCode);
        Assert.Equal(0, verified.ExitCode);
    }

    [Fact]
    public async Task CredentialVerify_TamperedName_ExitsOne()
    {
        var text = File.ReadAllText(Path.Combine(Vectors, "signed-credential.json"));
        var name = JsonDocument.Parse(text).RootElement.GetProperty("name").GetString()!;
        var file = Write(text.Replace(name, name + "!", StringComparison.Ordinal));

        var result = await _app.RunCliAsync("credential", "verify", file, "--now", "2024-06-01T00:00:00Z", "--resolve", KeyDocument());

        Assert.Equal(1, result.ExitCode);
        Assert.False(JsonDocument.Parse(result.Output).RootElement.GetProperty("verified").GetBoolean());
    }

    [Theory]
    [InlineData(false, 0, true)]
    [InlineData(true, 1, false)]
    public async Task CredentialVerify_WithResolvedStatusList_ReadsTheRevocationBit(bool revoked, int exitCode, bool verified)
    {
        var credential = await SignAsync(WithStatus(Path.Combine(Vectors, "unsigned-credential.json"), index: 94_567));
        var list = await SignAsync(Write(StatusList(revoked ? [94_567] : [12])));

        var result = await _app.RunCliAsync("credential", "verify", credential, "--now", "2024-06-01T00:00:00Z", "--resolve", KeyDocument(), "--resolve", StatusListUrl + "=" + list);

        var verdict = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal((exitCode, verified, true), (result.ExitCode, verdict.GetProperty("verified").GetBoolean(), verdict.GetProperty("statusChecked").GetBoolean()));
        Assert.Equal(revoked, verdict.GetProperty("errors").EnumerateArray().Any(e => e.GetProperty("code").GetString() == "revoked"));
    }

    [Fact]
    public async Task CredentialVerify_StatusListNotResolvable_VerifiesWithStatusUnchecked()
    {
        var credential = await SignAsync(WithStatus(Path.Combine(Vectors, "unsigned-credential.json"), index: 7));

        var result = await _app.RunCliAsync("credential", "verify", credential, "--now", "2024-06-01T00:00:00Z", "--resolve", KeyDocument());

        var verdict = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal((0, true, false), (result.ExitCode, verdict.GetProperty("verified").GetBoolean(), verdict.GetProperty("statusChecked").GetBoolean()));
        Assert.Contains(StatusListUrl, verdict.GetProperty("statusNotes")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CredentialVerify_TamperedStatusList_FailsAsUntrustworthy()
    {
        var credential = await SignAsync(WithStatus(Path.Combine(Vectors, "unsigned-credential.json"), index: 94_567));
        var signedList = File.ReadAllText(await SignAsync(Write(StatusList([94_567]))));
        var forged = JsonNode.Parse(signedList)!;
        forged["credentialSubject"]!["encodedList"] = StatusListPublisher.EncodeList([]);

        var result = await _app.RunCliAsync("credential", "verify", credential, "--now", "2024-06-01T00:00:00Z", "--resolve", KeyDocument(), "--resolve", StatusListUrl + "=" + Write(forged.ToJsonString()));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("status_list_invalid", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CredentialSign_BadSeed_ExplainsTheFormat()
    {
        var result = await _app.RunCliAsync("credential", "sign", "--in", Path.Combine(Vectors, "unsigned-credential.json"), "--key-seed", "abc");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--key-seed", result.Error, StringComparison.Ordinal);
    }

    private async Task<string> SignAsync(string unsignedFile)
    {
        var signed = await _app.RunCliAsync("credential", "sign", "--in", unsignedFile, "--key-seed", Seed, "--verification-method", Method);
        Assert.Equal(0, signed.ExitCode);
        return Write(signed.Output);
    }

    private string WithStatus(string unsignedFile, int index)
    {
        var credential = JsonNode.Parse(File.ReadAllText(unsignedFile))!;
        credential["credentialStatus"] = new JsonObject
        {
            ["id"] = $"{StatusListUrl}#{index}",
            ["type"] = "BitstringStatusListEntry",
            ["statusPurpose"] = "revocation",
            ["statusListIndex"] = index.ToString(CultureInfo.InvariantCulture),
            ["statusListCredential"] = StatusListUrl,
        };
        return Write(credential.ToJsonString());
    }

    private static string StatusList(int[] revoked) => new JsonObject
    {
        ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
        ["id"] = StatusListUrl,
        ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
        ["issuer"] = Issuer,
        ["validFrom"] = "2024-01-01T00:00:00Z",
        ["credentialSubject"] = new JsonObject
        {
            ["id"] = StatusListUrl + "#list",
            ["type"] = "BitstringStatusList",
            ["statusPurpose"] = "revocation",
            ["encodedList"] = StatusListPublisher.EncodeList(revoked),
        },
    }.ToJsonString();

    /// <summary>The issuer's key document, as its https URL would serve it: a Multikey for assertions.</summary>
    private string KeyDocument() => Issuer + "=" + Write($$"""
        { "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
          "id": "{{Issuer}}",
          "verificationMethod": [ { "id": "{{Method}}", "type": "Multikey", "controller": "{{Issuer}}", "publicKeyMultibase": "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi" } ],
          "assertionMethod": [ "{{Method}}" ] }
        """);

    private string Write(string text)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }
}
