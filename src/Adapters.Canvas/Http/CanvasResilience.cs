using System.Net;
using Insignia.Adapters.Canvas.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace Insignia.Adapters.Canvas.Http;

/// <summary>
/// The Canvas resilience pipeline, outermost first: total timeout, retry (exponential with jitter, honouring
/// <c>Retry-After</c>, on 5xx, 408, 429, network errors and Canvas's legacy 403 rate-limit body), circuit breaker
/// (on failures only: throttling is not an outage) and a per-attempt timeout.
/// </summary>
internal static class CanvasResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(context);
        var options = context.ServiceProvider.GetRequiredService<IOptions<CanvasAdapterOptions>>().Value;
        var logger = context.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger(typeof(CanvasResilience).FullName!)
            ?? NullLogger.Instance;

        builder.TimeProvider = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
        builder
            .AddTimeout(options.TotalRequestTimeout)
            .AddRetry(CreateRetry(options, logger))
            .AddCircuitBreaker(CreateCircuitBreaker(options, logger))
            .AddTimeout(options.AttemptTimeout);
    }

    internal static HttpRetryStrategyOptions CreateRetry(CanvasAdapterOptions options, ILogger logger)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(options.MaxRetryAttempts, 1),
            Delay = options.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context.CancellationToken),
            OnRetry = args =>
            {
                var outcome = args.Outcome.Result is { } response
                    ? $"HTTP {(int)response.StatusCode}"
                    : args.Outcome.Exception?.GetType().Name ?? "failure";
                Log.Retrying(logger, outcome, args.AttemptNumber + 1, args.RetryDelay);
                return default;
            },
        };
        if (options.MaxRetryAttempts == 0)
        {
            retry.ShouldHandle = _ => PredicateResult.False();
        }

        retry.DisableForUnsafeHttpMethods();
        return retry;
    }

    internal static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) =>
        IsTransient(outcome)
        || (outcome.Result is { StatusCode: HttpStatusCode.Forbidden } response
            && await CanvasThrottleDetector.IsThrottledAsync(response, cancellationToken).ConfigureAwait(false));

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => HttpClientResiliencePredicates.IsTransient(outcome);

    private static HttpCircuitBreakerStrategyOptions CreateCircuitBreaker(CanvasAdapterOptions options, ILogger logger) => new()
    {
        FailureRatio = options.CircuitBreakerFailureRatio,
        MinimumThroughput = options.CircuitBreakerMinimumThroughput,
        SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, options.AttemptTimeout.Ticks * 2)),
        BreakDuration = options.CircuitBreakerBreakDuration,
        ShouldHandle = args => ValueTask.FromResult(
            IsTransient(args.Outcome)
            && args.Outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests),
        OnOpened = args =>
        {
            Log.CircuitOpened(logger, args.BreakDuration);
            return default;
        },
    };
}
