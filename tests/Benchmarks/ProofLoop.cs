using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Insignia.Core.Proofs;

namespace Insignia.Benchmarks;

/// <summary>
/// A plain single-threaded loop of eddsa-rdfc-2022 sign and verify for a profiler to attach to
/// (<c>dotnet run -c Release --project tests/Benchmarks -- proof-loop 10</c>); prints operations per second.
/// </summary>
internal static class ProofLoop
{
    public static void Run(double seconds)
    {
        using var benchmarks = new ProofBenchmarks();
        benchmarks.Setup();
        Measure("sign", seconds, () => benchmarks.EddsaRdfc2022Sign());
        Measure("verify", seconds, () => benchmarks.EddsaRdfc2022Verify().GetAwaiter().GetResult());
    }

    private static void Measure(string name, double seconds, Action operation)
    {
        for (var i = 0; i < 2_000; i++)
        {
            operation();
        }

        var count = 0;
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            operation();
            count++;
        }

        var cpuSpent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: {count / watch.Elapsed.TotalSeconds:N0}/s wall, {cpuSpent.TotalMicroseconds / count:N1} µs CPU per operation ({count} operations)"));
    }
}
