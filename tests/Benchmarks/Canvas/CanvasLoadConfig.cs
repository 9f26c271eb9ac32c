using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Insignia.Benchmarks.Canvas;

/// <summary>One cold, in-process run per case: a load scenario is measured once, not averaged.</summary>
internal sealed class CanvasLoadConfig : ManualConfig
{
    public CanvasLoadConfig() => AddJob(Job.Dry
        .WithStrategy(RunStrategy.ColdStart)
        .WithLaunchCount(1)
        .WithWarmupCount(0)
        .WithIterationCount(1)
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithId("CanvasLoad"));
}
