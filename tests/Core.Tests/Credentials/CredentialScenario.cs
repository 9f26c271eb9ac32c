using System.Text.Json.Nodes;
using Insignia.Core.Achievements;
using Insignia.Core.Credentials;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;
using Insignia.Core.Proofs;
using Insignia.Core.Proofs.Jwt;
using Insignia.Testing.Builders;
using Microsoft.Extensions.Time.Testing;

namespace Insignia.Core.Tests.Credentials;

/// <summary>A Met decision on the default definition, an issuer that is a did:key, and a signer/verifier pair.</summary>
internal sealed class CredentialScenario : IDisposable
{
    public static readonly DateTimeOffset IssuedAt = new(2026, 3, 10, 9, 30, 0, TimeSpan.Zero);

    public CredentialScenario()
    {
        Key = Ed25519SigningKey.FromSeed(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        Issuer = new IssuerProfile(Key.DidKey, "Universidad de Prueba", new Uri("https://insignia.example.edu/"))
        {
            Email = "insignias@example.edu",
            OtherIdentifiers = [new IssuerIdentifier("09MSU0001Z", "ext:SEPInstitutionKey")],
        };
        Clock = new FakeTimeProvider(IssuedAt.AddDays(1));
    }

    public Ed25519SigningKey Key { get; }

    public IssuerProfile Issuer { get; }

    public FakeTimeProvider Clock { get; }

    public CredentialDefinition Definition { get; set; } = new CredentialDefinitionBuilder()
        .WithRule("""{"all":[{"score":{"activity":"demo:assign:1","min":0.5}},{"completion":{"activity":"demo:quiz:2","state":"passed"}}]}""")
        .WithCredits(2.5m)
        .Build() with
    {
        Alignments = [new Alignment("Pensamiento crítico", new Uri("https://example.edu/competencias/pc"))],
        LearningOutcomes = [new LearningOutcome("LO1", "Explica qué es una insignia abierta")],
    };

    public static Decision MetDecision(CredentialDefinition definition) =>
        CriteriaEvaluator.Evaluate(CompiledCriteria.Compile(definition.Rule), Evidence());

    public static IReadOnlyList<EvidenceRecord> Evidence() =>
    [
        EvidenceRecordBuilder.Score("demo:assign:1", 87, 100).Named("Ensayo final").Build(),
        EvidenceRecordBuilder.Completion("demo:quiz:2", CompletionState.Passed).Named("Cuestionario").Build(),
    ];

    public CredentialRequest Request(CredentialRecipient? recipient = null) => new(
        Definition,
        MetDecision(Definition),
        Issuer,
        recipient ?? new CredentialRecipient("c0ffee") { Email = "ana@example.edu", DisplayName = "Ana" },
        new Uri("https://insignia.example.edu/credentials/0b6a3c1e"),
        new Uri("https://insignia.example.edu/achievements/demo-fundamentos/v1"),
        IssuedAt);

    public JsonObject Sign(JsonObject credential) =>
        new EddsaRdfc2022Signer(RdfCanonicalizer.Instance).Sign(
            credential, new DataIntegrityProofOptions(Key.DidKeyVerificationMethod, IssuedAt), Key, TestContext.Current.CancellationToken);

    public CredentialVerifier Verifier()
    {
        var resolver = new VerificationMethodResolver(new InMemoryKeyDocumentLoader(new Dictionary<string, JsonObject>()));
        return new CredentialVerifier(
            new DataIntegrityVerifier(RdfCanonicalizer.Instance, resolver, Clock),
            new VcJwtVerifier(resolver, Clock));
    }

    public void Dispose() => Key.Dispose();
}
