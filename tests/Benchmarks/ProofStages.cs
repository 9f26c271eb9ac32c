using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Insignia.Benchmarks.Linked;
using Insignia.Core.Linked;
using Insignia.Core.Linked.JsonLd;
using Insignia.Core.Proofs;

namespace Insignia.Benchmarks;

/// <summary>Stopwatch timing of each stage of an eddsa-rdfc-2022 signature (a quick profile, not a benchmark).</summary>
internal static class ProofStages
{
    public static void Run(double seconds)
    {
        using var key = Ed25519SigningKey.FromSeed(new byte[32]);
        var credential = JsonNode.Parse(RichAchievementCredential.Json)!.AsObject();
        var options = new DataIntegrityProofOptions(key.DidKeyVerificationMethod, new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero));
        var proofConfig = ProofConfiguration.ForNewProof(options, credential["@context"]);
        var quads = LinkedDataCanonicalizer.ToRdf(credential, null, CancellationToken.None);
        var signer = new EddsaRdfc2022Signer(Core.Proofs.RdfCanonicalizer.Instance);
        var hash = new byte[64];
        var proof = signer.Sign(credential, options, key, CancellationToken.None)["proof"]!.ToJsonString();
        Console.WriteLine("proof " + proof);
        var stages = new Dictionary<string, Action>
        {
            ["canonicalize"] = () => LinkedDataCanonicalizer.Canonicalize(credential, CancellationToken.None),
            ["sign"] = () => signer.Sign(credential, options, key, CancellationToken.None),
            ["add-proof"] = () => AddAndRemoveProof(signer, credential, options, key),
            ["rdfc"] = () => Core.Linked.Canonicalization.RdfCanonicalizer.Canonicalize(quads, null, CancellationToken.None),
            ["to-rdf"] = () => LinkedDataCanonicalizer.ToRdf(credential, LinkedDataCanonicalizer.SigningOptions, CancellationToken.None),
        };
        if (Environment.GetEnvironmentVariable("PROOF_STAGE") is { } only && stages.TryGetValue(only, out var stage))
        {
            // With a fixed count, `perf stat -e instructions` gives a per-operation cost that other load does not skew.
            if (int.TryParse(Environment.GetEnvironmentVariable("PROOF_ITERATIONS"), CultureInfo.InvariantCulture, out var iterations))
            {
                for (var i = 0; i < 3_000 + iterations; i++)
                {
                    stage();
                }

                return;
            }

            Measure(only, seconds, stage);
            return;
        }

        Measure("FromNode", seconds, () => JsonValueModel.FromNode(credential));
        Measure("Expand (incl. FromNode)", seconds, () => JsonLdExpander.Expand(JsonValueModel.FromNode(credential), LinkedDataCanonicalizer.SigningOptions));
        Measure("ToRdf (incl. Expand)", seconds, () => LinkedDataCanonicalizer.ToRdf(credential, LinkedDataCanonicalizer.SigningOptions, CancellationToken.None));
        Measure("Rdfc of quads", seconds, () => Core.Linked.Canonicalization.RdfCanonicalizer.Canonicalize(quads, Core.Linked.Canonicalization.RdfcOptions.Default, CancellationToken.None));
        Measure("Canonicalize document", seconds, () => LinkedDataCanonicalizer.Canonicalize(credential, CancellationToken.None));
        Measure("Canonical SHA-256 of document (UTF-8)", seconds, () => LinkedDataCanonicalizer.HashCanonical(credential, hash.AsSpan(0, 32), CancellationToken.None));
        Measure("Canonicalize proof config", seconds, () => LinkedDataCanonicalizer.Canonicalize(proofConfig, CancellationToken.None));
        Measure("Clone + canonicalize doc", seconds, () => LinkedDataCanonicalizer.Canonicalize((JsonObject)credential.DeepClone(), CancellationToken.None));
        Measure("DeepClone document", seconds, () => credential.DeepClone());
        Measure("Ed25519 sign", seconds, () => key.Sign(hash));
        var canonicalDocument = LinkedDataCanonicalizer.Canonicalize(credential, CancellationToken.None);
        var canonicalProof = LinkedDataCanonicalizer.Canonicalize(proofConfig, CancellationToken.None);
        var fixedSigner = new EddsaRdfc2022Signer(new Fixed(canonicalDocument, canonicalProof));
        var signature = key.Sign(hash);
        Measure("Base58 encode 64 B signature", seconds, () => Core.Multiformats.Multibase.EncodeBase58Btc(signature));
        Measure("Hash both canonical forms", seconds, () => DataIntegrityHashing.Combine(canonicalProof, canonicalDocument));
        Measure("Sign, canonical fixed", seconds, () => fixedSigner.Sign(credential, options, key, CancellationToken.None));
        Measure("Full sign", seconds, () => signer.Sign(credential, options, key, CancellationToken.None));
        Measure("Full sign in place (no copy)", seconds, () => AddAndRemoveProof(signer, credential, options, key));
    }

    private static void AddAndRemoveProof(EddsaRdfc2022Signer signer, JsonObject credential, DataIntegrityProofOptions options, Ed25519SigningKey key)
    {
        signer.AddProof(credential, options, key, CancellationToken.None);
        credential.Remove("proof");
    }

    private sealed class Fixed(string document, string proof) : IRdfCanonicalizer
    {
        public string Canonicalize(JsonObject value, CancellationToken cancellationToken) => value.ContainsKey("proofPurpose") ? proof : document;
    }

    /// <summary>
    /// Times batches of 20 operations and reports the fastest batch and the median: on a machine shared with other
    /// builds the fastest batch is the closest to an uncontended core.
    /// </summary>
    public static void Measure(string name, double seconds, Action operation)
    {
        for (var i = 0; i < 1_000; i++)
        {
            operation();
        }

        const int BatchSize = 20;
        var batches = new List<double>();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < BatchSize; i++)
            {
                operation();
            }

            batches.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds / BatchSize);
        }

        batches.Sort();
        var perOperation = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (batches.Count * BatchSize);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-28} fastest {batches[0],8:N1} µs, p10 {batches[batches.Count / 10],8:N1} µs, median {batches[batches.Count / 2],8:N1} µs, {perOperation,7:N0} B"));
    }
}
