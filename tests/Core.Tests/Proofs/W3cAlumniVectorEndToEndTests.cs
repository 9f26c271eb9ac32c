using System.Text.Json.Nodes;
using Insignia.Core.Linked;
using Insignia.Core.Linked.JsonLd;
using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs;

/// <summary>
/// The W3C vc-di-eddsa eddsa-rdfc-2022 vector end to end through our own JSON-LD and RDFC-1.0, not the published
/// canonical text. Its one non-product context, credentials/examples/v2, is served by the test with its published
/// content (a single <c>@vocab</c>); the employment and Ed25519Signature2020 vectors need large contexts
/// (citizenship v4rc1, ed25519-2020) that are not in shared/, so they stay on their published canonical forms.
/// </summary>
public sealed class W3cAlumniVectorEndToEndTests
{
    private readonly DataIntegrityVector _vector = DataIntegrityVectors.Get(DataIntegrityVectors.W3cAlumni);
    private readonly IRdfCanonicalizer _canonicalizer = new ExamplesContextCanonicalizer();

    [Fact]
    public void Canonicalize_AlumniCredential_EqualsPublishedCanonicalDocument()
    {
        Assert.Equal(_vector.CanonicalDocument, _canonicalizer.Canonicalize(_vector.Unsigned, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Canonicalize_AlumniProofConfig_EqualsPublishedCanonicalProofConfig()
    {
        Assert.Equal(_vector.CanonicalProofConfig, _canonicalizer.Canonicalize(_vector.ProofConfig, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Sign_AlumniCredential_ProducesPublishedProofValue()
    {
        using var key = Ed25519SigningKey.FromSeed(_vector.Seed);

        var signed = new EddsaRdfc2022Signer(_canonicalizer).Sign(_vector.Unsigned, new DataIntegrityProofOptions(_vector.VerificationMethod, _vector.Created), key, TestContext.Current.CancellationToken);

        Assert.Equal(_vector.ProofValue, (string)signed["proof"]![0]!["proofValue"]!);
    }

    [Fact]
    public async Task VerifyAsync_PublishedAlumniCredential_VerifiesAndEveryNameTamperFails()
    {
        var verifier = _vector.Verifier(_canonicalizer);
        Assert.True((await verifier.VerifyAsync(_vector.Signed, TestContext.Current.CancellationToken)).Verified);

        var name = (string)_vector.Signed["name"]!;
        for (var i = 0; i < name.Length; i++)
        {
            var tampered = _vector.Signed.DeepClone().AsObject();
            tampered["name"] = name[..i] + (char)(name[i] ^ 1) + name[(i + 1)..];
            Assert.False((await verifier.VerifyAsync(tampered, TestContext.Current.CancellationToken)).Verified, $"tampered at {i}");
        }
    }

    private sealed class ExamplesContextCanonicalizer : IRdfCanonicalizer
    {
        private static readonly JsonLdOptions Options = LinkedDataCanonicalizer.SigningOptions with { DocumentLoader = new ExamplesContextLoader() };

        public string Canonicalize(JsonObject document, CancellationToken cancellationToken) =>
            LinkedDataCanonicalizer.CanonicalizeToNQuads(document, Options, null, cancellationToken);
    }

    private sealed class ExamplesContextLoader : IJsonLdDocumentLoader
    {
        private const string ExamplesV2 = "https://www.w3.org/ns/credentials/examples/v2";

        public RemoteDocument Load(string url) => url == ExamplesV2
            ? new RemoteDocument(url, JsonValueModel.Parse("""{"@context":{"@vocab":"https://www.w3.org/ns/credentials/examples#"}}"""))
            : StaticDocumentLoader.Instance.Load(url);
    }
}
