using System.Text.Json.Nodes;
using Insignia.Core.Credentials;
using Insignia.Testing.Credentials;

namespace Insignia.Core.Tests.Credentials;

public sealed class ClrCredentialBuilderTests : IDisposable
{
    private readonly CredentialScenario _scenario = new();

    [Fact]
    public async Task Build_TwoSignedCredentials_SignedRecordMatchesClrSchemaAndVerifies()
    {
        var clr = _scenario.Sign(ClrCredentialBuilder.Build(Request(TwoCredentials())));

        var result = await _scenario.Verifier().VerifyAsync(clr.ToJsonString(), TestContext.Current.CancellationToken);

        Assert.Empty(ClrSchema.Errors(clr));
        Assert.True(result.Verified, string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task Build_EmbeddedCredentials_StillVerifyOnTheirOwn()
    {
        var clr = _scenario.Sign(ClrCredentialBuilder.Build(Request(TwoCredentials())));

        var embedded = clr["credentialSubject"]!["verifiableCredential"]!.AsArray();
        var verifier = _scenario.Verifier();
        foreach (var credential in embedded)
        {
            var result = await verifier.VerifyAsync(credential!.ToJsonString(), TestContext.Current.CancellationToken);
            Assert.True(result.Verified, string.Join("; ", result.Errors));
        }

        Assert.Equal(2, embedded.Count);
    }

    [Fact]
    public async Task Build_RecordTamperedAfterSigning_DoesNotVerify()
    {
        var clr = _scenario.Sign(ClrCredentialBuilder.Build(Request(TwoCredentials())));
        clr["name"] = "Otro registro";

        var result = await _scenario.Verifier().VerifyAsync(clr.ToJsonString(), TestContext.Current.CancellationToken);

        Assert.False(result.Verified);
    }

    [Fact]
    public void Build_EmailLearner_SubjectCarriesOnlyTheSaltedHash()
    {
        var clr = ClrCredentialBuilder.Build(Request(TwoCredentials()) with { SubjectEmail = "Ana@Example.edu", Salt = "abc123" });

        var identifier = clr["credentialSubject"]!["identifier"]![0]!;
        Assert.Equal(RecipientIdentity.Hash("ana@example.edu", "abc123"), (string?)identifier["identityHash"]);
        Assert.DoesNotContain("ana@example.edu", clr.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(clr["credentialSubject"]!["id"]);
    }

    [Fact]
    public void Build_DidLearner_SubjectIsTheDidWithoutIdentifier()
    {
        var clr = ClrCredentialBuilder.Build(Request(TwoCredentials()) with { SubjectDid = "did:example:ana", SubjectEmail = "ana@example.edu" });

        Assert.Equal(("did:example:ana", null), ((string?)clr["credentialSubject"]!["id"], clr["credentialSubject"]!["identifier"]));
    }

    [Fact]
    public void Build_Associations_WrittenOnceEachAsClrAssociations()
    {
        var part = new ClrAssociation(ClrAssociation.IsPartOf, "https://insignia.example.edu/achievements/b/v1", "https://insignia.example.edu/achievements/a/v1");

        var clr = ClrCredentialBuilder.Build(Request(TwoCredentials()) with { Associations = [part, part] });

        var association = Assert.Single(clr["credentialSubject"]!["association"]!.AsArray())!;
        Assert.Equal(("isPartOf", part.SourceId, part.TargetId), ((string?)association["associationType"], (string?)association["sourceId"], (string?)association["targetId"]));
    }

    [Fact]
    public void Build_NoCredentials_ThrowsWithAReason()
    {
        var error = Assert.Throws<CredentialBuildException>(() => ClrCredentialBuilder.Build(Request([])));

        Assert.Contains("at least one credential", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClrSchema_RecordWithoutCredentials_IsRejected()
    {
        var clr = ClrCredentialBuilder.Build(Request(TwoCredentials()));
        clr["credentialSubject"]!.AsObject().Remove("verifiableCredential");

        Assert.NotEmpty(ClrSchema.Errors(clr));
    }

    private List<JsonObject> TwoCredentials()
    {
        var first = _scenario.Sign(OpenBadgeCredentialBuilder.Build(_scenario.Request()));
        var second = _scenario.Sign(OpenBadgeCredentialBuilder.Build(_scenario.Request() with
        {
            CredentialId = new Uri("https://insignia.example.edu/credentials/1c2d"),
            AchievementId = new Uri("https://insignia.example.edu/achievements/demo-avanzado/v1"),
        }));
        return [first, second];
    }

    private ClrRequest Request(IReadOnlyList<JsonObject> credentials) =>
        new(_scenario.Issuer, "urn:uuid:0192f0c1-7a6b-7c3d-8e9f-0a1b2c3d4e5f", "Registro integral de aprendizaje", CredentialScenario.IssuedAt, credentials)
        {
            FallbackSubjectId = "urn:uuid:0192f0c1-7a6b-7c3d-8e9f-000000000001",
        };

    public void Dispose() => _scenario.Dispose();
}
