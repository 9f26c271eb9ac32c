using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Insignia.Adapters.Moodle.Http;

/// <summary>
/// The per-site resilience pipeline: total timeout › retry (exponential with jitter, honours <c>Retry-After</c>,
/// only on 5xx, 408, 429 and transport failures) › circuit breaker › attempt timeout. Moodle's permanent errors
/// (<c>invalidtoken</c>, <c>accessexception</c>, ...) come back as HTTP 200, so they are never retried. All calls are
/// reads (Moodle's REST endpoint needs POST for long forms, but nothing is written), so POST retries are safe.
/// </summary>
internal static class MoodleResilience
{
    public const string PipelineName = "moodle";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<MoodleAdapterOptions>>().Value;
        builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
            });
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            FailureRatio = 0.5,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = options.CircuitBreakerBreakDuration,
        });
        builder.AddTimeout(options.AttemptTimeout);
    }
}
