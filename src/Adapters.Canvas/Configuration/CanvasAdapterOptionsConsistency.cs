using Microsoft.Extensions.Options;

namespace Insignia.Adapters.Canvas.Configuration;

/// <summary>Checks the rules of <see cref="CanvasAdapterOptions"/> that involve several settings.</summary>
internal sealed class CanvasAdapterOptionsConsistency : IValidateOptions<CanvasAdapterOptions>
{
    public ValidateOptionsResult Validate(string? name, CanvasAdapterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (options.AttemptTimeout > options.TotalRequestTimeout)
        {
            failures.Add($"{nameof(CanvasAdapterOptions.AttemptTimeout)} ({options.AttemptTimeout}) must not exceed {nameof(CanvasAdapterOptions.TotalRequestTimeout)} ({options.TotalRequestTimeout}).");
        }

        // The pacing wait happens inside an attempt, so the longest one (an empty bucket draining to the watermark)
        // must fit in the attempt timeout or every paced request would time out.
        var longestPacing = TimeSpan.FromSeconds(options.RateLimitLowWatermark / options.RateLimitLeakPerSecond);
        if (longestPacing >= options.AttemptTimeout)
        {
            failures.Add($"{nameof(CanvasAdapterOptions.RateLimitLowWatermark)} / {nameof(CanvasAdapterOptions.RateLimitLeakPerSecond)} ({longestPacing}) must be shorter than {nameof(CanvasAdapterOptions.AttemptTimeout)} ({options.AttemptTimeout}).");
        }

        if (options.UserAgent.Contains('\n', StringComparison.Ordinal) || options.UserAgent.Contains('\r', StringComparison.Ordinal))
        {
            failures.Add($"{nameof(CanvasAdapterOptions.UserAgent)} must be a single line.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
