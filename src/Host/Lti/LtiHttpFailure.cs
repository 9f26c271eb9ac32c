using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Insignia.Host.Lti;

/// <summary>Which exceptions mean "the platform could not be reached" once the resilience pipeline has given up.</summary>
internal static class LtiHttpFailure
{
    public static bool IsUnreachable(Exception exception, CancellationToken cancellationToken) => exception
        is HttpRequestException or BrokenCircuitException or TimeoutRejectedException
        || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested);
}
