namespace Insignia.Benchmarks;

/// <summary>
/// Single-threaded loops of raw Ed25519, eddsa-rdfc-2022 sign and verify of the benchmark credential, timed in
/// batches (fastest and median batch), for a profiler to attach to and for a quick comparison with the JavaScript
/// reference (<c>dotnet run -c Release --project tests/Benchmarks -- proof-loop 10</c>).
/// </summary>
internal static class ProofLoop
{
    public static void Run(double seconds)
    {
        using var benchmarks = new ProofBenchmarks();
        benchmarks.Setup();
        ProofStages.Measure("Ed25519 raw sign", seconds, () => benchmarks.Ed25519RawSign());
        ProofStages.Measure("eddsa-rdfc-2022 sign", seconds, () => benchmarks.EddsaRdfc2022Sign());
        ProofStages.Measure("eddsa-rdfc-2022 sign in place", seconds, () => benchmarks.EddsaRdfc2022AddProofInPlace());
        ProofStages.Measure("eddsa-rdfc-2022 verify", seconds, () => benchmarks.EddsaRdfc2022Verify().GetAwaiter().GetResult());
    }
}
