namespace Insignia.Adapters.Moodle.Tests.Http;

/// <summary>Tests that measure real delays (Retry-After) run alone, so a busy machine cannot add retries.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitiveCollection
{
    public const string Name = "Timing-sensitive";
}
