using Microsoft.Extensions.Http.Resilience;

namespace Insignia.Host.Lti;

/// <summary>
/// Resilience for calls to LMS platforms (JWKS, OAuth token, AGS, NRPS, dynamic registration): bounded time, a short
/// retry of safe requests on transient failures, and a circuit that stops hammering a platform that is down. Unsafe
/// methods (POST of scores, tokens and registrations) are not retried here: a platform may have acted on them.
/// </summary>
internal static class LtiHttpResilience
{
    public static IHttpClientBuilder AddLtiResilience(this IHttpClientBuilder builder)
    {
        builder.AddStandardResilienceHandler(options =>
        {
            options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(15);
            options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
            options.Retry.MaxRetryAttempts = 2;
            options.Retry.Delay = TimeSpan.FromMilliseconds(200);
            options.Retry.DisableForUnsafeHttpMethods();
            options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
        });
        return builder;
    }
}
