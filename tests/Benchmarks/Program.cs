using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Insignia.Benchmarks;

internal static class BenchmarkProgram
{
    private static void Main(string[] args)
    {
        if (args is ["lti-load", var url, ..])
        {
            LtiLaunchLoad.RunAsync(url, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2_000, args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 8).GetAwaiter().GetResult();
            return;
        }

        if (args is ["proof-loop", ..])
        {
            ProofLoop.Run(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }

        if (args is ["proof-stages", ..])
        {
            ProofStages.Run(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2);
            return;
        }

        // A busy 2-core machine can take longer than the default two minutes to build the benchmark process.
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly)
            .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
    }
}
