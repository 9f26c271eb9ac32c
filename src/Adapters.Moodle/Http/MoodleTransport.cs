using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Errors;
using Insignia.Core.Ports;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace Insignia.Adapters.Moodle.Http;

/// <summary>What happens after the resilience pipeline gave up: statuses and transport failures become typed errors.</summary>
internal static class MoodleTransport
{
    private const int ErrorBodyLimit = 64 * 1024;

    public static async Task<byte[]> SendAsync(
        Func<CancellationToken, Task<HttpResponseMessage>> send,
        string function,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await send(cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException ex) when (ex.InnerException is { } inner)
        {
            // Refit wraps what the handlers threw; look at the original.
            throw Translate(inner, function, cancellationToken) ?? Rethrow(inner);
        }
        catch (Exception ex) when (Translate(ex, function, cancellationToken) is { } translated)
        {
            throw translated;
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw FromStatus(response, function, time);
            }

            return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static bool TryReadError(byte[] body, [NotNullWhen(true)] out MoodleErrorBody? error)
    {
        error = null;
        if (body.Length == 0 || body.Length > ErrorBodyLimit || FirstSignificant(body) != (byte)'{')
        {
            return false;
        }

        try
        {
            error = JsonSerializer.Deserialize(body, MoodleJsonContext.Default.MoodleErrorBody);
        }
        catch (JsonException)
        {
            return false;
        }

        return error is not null && (error.Exception is not null || error.Error is not null) && error.Errorcode is not null;
    }

    public static T Deserialize<T>(byte[] body, JsonTypeInfo<T> type, string function)
    {
        try
        {
            return JsonSerializer.Deserialize(body, type)
                ?? throw Unexpected(function, "an empty body", null);
        }
        catch (JsonException ex)
        {
            throw Unexpected(function, "JSON of an unexpected shape", ex);
        }
    }

    private static EvidenceSourceException? Translate(Exception exception, string function, CancellationToken cancellationToken) =>
        exception switch
        {
            BrokenCircuitException => Transient(MoodleErrors.CircuitOpen, $"Calls to this Moodle site are paused after repeated failures ({function}); they resume automatically after Moodle:CircuitBreakerBreakDuration.", null, null, exception),
            TimeoutRejectedException => Transient(MoodleErrors.Timeout, $"Moodle did not answer {function} in time: check the site's load, or raise Moodle:AttemptTimeout and Moodle:TotalTimeout.", null, null, exception),
            HttpRequestException http => Transient(MoodleErrors.Unreachable, $"The Moodle site could not be reached for {function} ({http.HttpRequestError}): check the base URL, DNS and TLS.", null, null, exception),
            OperationCanceledException when !cancellationToken.IsCancellationRequested => Transient(MoodleErrors.Timeout, $"Moodle did not answer {function} in time.", null, null, exception),
            _ => null,
        };

    private static Exception Rethrow(Exception exception)
    {
        ExceptionDispatchInfo.Capture(exception).Throw();
        return exception;
    }

    private static EvidenceSourceException FromStatus(HttpResponseMessage response, string function, TimeProvider time)
    {
        var status = (int)response.StatusCode;
        return response.StatusCode switch
        {
            HttpStatusCode.Forbidden => MoodleErrorTranslator.WebServicesDisabled(),
            HttpStatusCode.TooManyRequests => Transient(MoodleErrors.RateLimited, $"The Moodle site (or a proxy in front of it) is throttling requests ({function}); the sync will retry later.", status, RetryAfter(response, time), null),
            _ when status >= 500 => Transient(MoodleErrors.ServerError, $"Moodle answered {function} with HTTP {status} after retries: check the site's health and error log.", status, RetryAfter(response, time), null),
            _ => new EvidenceSourceException($"Moodle answered {function} with HTTP {status}: check the connection's base URL (it must be the site root, e.g. https://moodle.example.edu).")
            {
                Platform = PlatformKind.Moodle,
                Code = MoodleErrors.UnexpectedResponse,
                StatusCode = status,
            },
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };

    private static EvidenceSourceException Transient(string code, string message, int? status, TimeSpan? retryAfter, Exception? inner) =>
        new(message, inner)
        {
            Platform = PlatformKind.Moodle,
            Code = code,
            StatusCode = status,
            RetryAfter = retryAfter,
            IsTransient = true,
        };

    private static EvidenceSourceException Unexpected(string function, string what, Exception? inner) =>
        new($"Moodle answered {function} with {what}: check that the base URL points at Moodle and that the site runs Moodle 4.0 or later.", inner)
        {
            Platform = PlatformKind.Moodle,
            Code = MoodleErrors.UnexpectedResponse,
            StatusCode = 200,
        };

    private static byte FirstSignificant(byte[] body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or 0xEF or 0xBB or 0xBF))
            {
                return b;
            }
        }

        return 0;
    }
}
