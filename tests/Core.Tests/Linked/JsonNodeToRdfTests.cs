using System.Text.Json.Nodes;
using CsCheck;
using Insignia.Core.Linked;
using Insignia.Core.Linked.Canonicalization;
using Insignia.Core.Linked.JsonLd;
using Insignia.Core.Linked.Rdf;
using Insignia.Testing;
using Insignia.Testing.Credentials;

namespace Insignia.Core.Tests.Linked;

/// <summary>
/// The direct JsonNode-to-RDF path takes the credentials Insignia signs and gives the same canonical dataset as the
/// full Expansion and toRdf algorithms; on generated variations it either gives that same dataset or declines.
/// </summary>
public sealed class JsonNodeToRdfTests
{
    private static readonly string[] Keys =
    [
        "name", "description", "id", "type", "narrative", "creditsEarned", "hashed", "allowedValue", "achievement", "foo",
        "ex:thing", "http://example.org/p", "@id", "@type", "@value", "@language", "@list", "@set", "@graph", "@index",
        "@reverse", "@nest", "@included", "@context", "@foo", "targetUrl", "validFrom",
    ];

    private static readonly string[] Values =
    [
        "\"texto\"", "\"\"", "\"_:b1\"", "\"urn:x:1\"", "\"relative/path\"", "\"@foo\"", "\"Achievement\"", "\"Nope\"", "1", "1.5",
        "1e21", "-0", "true", "null", "[]", "[\"a\", 1]", "[[\"nested\"]]", "[null]", "{}", "{\"id\": \"urn:y\"}",
        "{\"type\": \"Achievement\", \"name\": \"n\"}", "{\"@value\": \"v\", \"@language\": \"es\"}",
        "{\"@value\": \"v\", \"@language\": \"es_MX\"}", "{\"@list\": [\"a\"]}", "{\"type\": [\"Result\", \"Evidence\"]}",
        "{\"id\": \"_:b1\"}", "\"2026-01-01T00:00:00Z\"", "\"not a date\"", "{\"@json\": 1}",
    ];

    private static readonly string[] Contexts =
    [
        "null", "{\"ex\": \"http://example.org/\"}", "{\"@vocab\": \"http://v.example/\"}", "{\"@language\": \"es-MX\"}",
        "{\"@language\": \"es MX\"}", "{\"@direction\": \"rtl\"}", "{\"@base\": \"http://base.example/dir/\"}",
        "{\"name\": {\"@id\": \"http://example.org/name\", \"@type\": \"@id\"}}", "{\"name\": {\"@id\": \"http://example.org/name\", \"@language\": \"en\"}}",
        "{\"name\": {\"@id\": \"http://example.org/name\", \"@container\": \"@list\"}}", "{\"name\": {\"@reverse\": \"http://example.org/r\"}}",
        "{\"description\": {\"@id\": \"http://example.org/d\", \"@type\": \"@json\"}}", "{\"foo\": \"http://example.org/foo\", \"kind\": \"@type\"}",
        "{\"@vocab\": \"http://v.example/\", \"@propagate\": false}", "[\"http://example.org/context-not-embedded\"]",
        "\"https://www.w3.org/ns/credentials/v2\"",
    ];

    public static TheoryData<string> Documents => new() { "ob3-vector", "rich", "sample", "ob3-proof-config" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void TryConvert_Credential_TakesTheDirectPathWithTheFullAlgorithmsDataset(string name)
    {
        var document = Document(name);

        var accepted = JsonNodeToRdf.TryConvert(document, LinkedDataCanonicalizer.SigningOptions, out var quads);

        Assert.True(accepted, $"{name} did not take the direct path");
        Assert.Equal(Canonical(FullToRdf(document, LinkedDataCanonicalizer.SigningOptions)), Canonical(quads!));
    }

    [Fact]
    public void TryConvert_ClrCredential_DeclinesItsGraphContainerForTheFullAlgorithms()
    {
        // verifiableCredential is an @graph container: each embedded credential is a named graph, left to the full path.
        var accepted = JsonNodeToRdf.TryConvert(Document("clr2-vector"), LinkedDataCanonicalizer.SigningOptions, out _);

        Assert.False(accepted);
    }

    [Fact]
    public void TryConvert_GeneratedVariations_GivesTheFullAlgorithmsDatasetOrDeclines()
    {
        var (accepted, declined) = (0, 0);
        var mutation = Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, Keys.Length - 1], Gen.Int[0, Values.Length - 1], Gen.Int[0, 4]);
        Gen.Select(Gen.Int[0, 2].Select(i => new[] { "ob3-vector", "rich", "sample" }[i]), mutation.Array[1, 3], Gen.Bool).Sample((name, mutations, safeMode) =>
        {
            var document = Document(name);
            foreach (var (target, key, value, kind) in mutations)
            {
                Mutate(document, target, kind == 1 ? "@context" : Keys[key], kind == 1 ? Contexts[value % Contexts.Length] : Values[value], remove: kind == 0);
            }

            var options = safeMode ? LinkedDataCanonicalizer.SigningOptions : JsonLdOptions.Default;
            List<RdfQuad>? full;
            try
            {
                full = FullToRdf(document, options);
            }
            catch (JsonLdException)
            {
                full = null;
            }

            if (JsonNodeToRdf.TryConvert(document, options, out var direct))
            {
                Assert.True(full is not null, $"the direct path accepted a document the full algorithms refuse: {document.ToJsonString()}");
                Assert.Equal(Canonical(full), Canonical(direct));
                Interlocked.Increment(ref accepted);
            }
            else
            {
                Interlocked.Increment(ref declined);
            }
        }, iter: 3000);

        Assert.True(accepted > 100 && declined > 100, $"accepted {accepted}, declined {declined}: the generator must exercise both outcomes");
    }

    private static void Mutate(JsonObject document, int target, string key, string value, bool remove)
    {
        var objects = new List<JsonObject>();
        Collect(document, objects);
        var node = objects[target % objects.Count];
        if (remove)
        {
            node.Remove(key);
        }
        else
        {
            node[key] = JsonNode.Parse(value);
        }
    }

    private static void Collect(JsonNode? node, List<JsonObject> objects)
    {
        switch (node)
        {
            case JsonObject obj:
                objects.Add(obj);
                foreach (var (key, value) in obj)
                {
                    if (key != "@context")
                    {
                        Collect(value, objects);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, objects);
                }

                break;
        }
    }

    private static JsonObject Document(string name) => name switch
    {
        "ob3-vector" => CredentialVectors.UnsignedCredential("ob3/test-vectors/obv3p0"),
        "clr2-vector" => CredentialVectors.UnsignedCredential("clr2/test-vectors/clrv2p0"),
        "ob3-proof-config" => CredentialVectors.ProofConfiguration("ob3/test-vectors/obv3p0"),
        "rich" => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Benchmarks", "Linked", "rich-achievement-credential.json")))!.AsObject(),
        _ => SampleOpenBadgeCredential.Build(),
    };

    private static List<RdfQuad> FullToRdf(JsonObject document, JsonLdOptions options) =>
        JsonLdToRdf.ToRdf(JsonLdExpander.Expand(JsonValueModel.FromNode(document), options), options.RdfDirection);

    private static string Canonical(List<RdfQuad> quads) =>
        RdfCanonicalizer.Canonicalize(quads, RdfcOptions.Default, TestContext.Current.CancellationToken).NQuads;
}
