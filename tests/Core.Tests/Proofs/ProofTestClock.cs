using Microsoft.Extensions.Time.Testing;

namespace Insignia.Core.Tests.Proofs;

/// <summary>The verification clock for proof tests: inside every vector's and the sample credential's validity period.</summary>
internal static class ProofTestClock
{
    public static readonly DateTimeOffset Now = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Now);
}
