namespace Insignia.Host.Cli;

/// <summary>A clock stopped at the instant given with <c>--now</c>, so a verification can be replayed.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
