using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Insignia.Core.Linked;
using Insignia.Core.Linked.Canonicalization;
using Insignia.Core.Linked.JsonLd;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Benchmarks.Linked;

/// <summary>JSON-LD toRdf + RDFC-1.0 of a rich OB 3.0 credential, the canonicalization step of eddsa-rdfc-2022 signing.</summary>
[MemoryDiagnoser]
public class CanonicalizeBenchmarks
{
    private JsonObject _credential = null!;
    private List<RdfQuad> _quads = null!;

    [GlobalSetup]
    public void Setup()
    {
        _credential = JsonNode.Parse(RichAchievementCredential.Json)!.AsObject();
        var dropped = LinkedDataCanonicalizer.FindDroppedTerms(_credential);
        if (dropped.Count > 0)
        {
            throw new InvalidOperationException("The benchmark credential loses terms: " + string.Join(", ", dropped));
        }

        _quads = LinkedDataCanonicalizer.ToRdf(_credential, null, CancellationToken.None);
    }

    /// <summary>Everything a signer does: expansion, toRdf, RDFC-1.0, N-Quads (safe mode on).</summary>
    [Benchmark(Baseline = true)]
    public string Canonicalize() => LinkedDataCanonicalizer.Canonicalize(_credential, CancellationToken.None);

    /// <summary>JsonNode to the JSON value model only.</summary>
    [Benchmark]
    public object? ConvertJson() => JsonValueModel.FromNode(_credential);

    /// <summary>JSON-LD expansion only (includes the JSON conversion).</summary>
    [Benchmark]
    public int Expand() => JsonLdExpander.Expand(JsonValueModel.FromNode(_credential), JsonLdOptions.Default).Count;

    /// <summary>JSON-LD expansion and toRdf only.</summary>
    [Benchmark]
    public int ToRdf() => LinkedDataCanonicalizer.ToRdf(_credential, JsonLdOptions.Default, CancellationToken.None).Count;

    /// <summary>RDFC-1.0 and N-Quads only, on the credential's quads.</summary>
    [Benchmark]
    public string Rdfc() => RdfCanonicalizer.Canonicalize(_quads, RdfcOptions.Default, CancellationToken.None).NQuads;
}
