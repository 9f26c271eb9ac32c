using System.Net;
using System.Text.Json;
using Insignia.Adapters.Canvas.Api;
using Insignia.Adapters.Canvas.Contracts;
using Insignia.Core.Ports;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace Insignia.Adapters.Canvas.Http;

/// <summary>
/// Turns what is left after resilience gave up into <see cref="EvidenceSourceException"/>s with a stable code and
/// a message an administrator can act on. Messages name the connection and the call, never the token or a body.
/// </summary>
internal static class CanvasFailures
{
    public static Exception FromException(SourceConnection connection, string what, Exception exception, CancellationToken cancellationToken)
    {
        var cause = exception is ApiRequestException { InnerException: { } inner } ? inner : exception;
        return cause switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => new OperationCanceledException(cancellationToken),
            EvidenceSourceException known => known,
            BrokenCircuitException open => Create(
                connection, CanvasErrors.CircuitOpen, null, transient: true, null, cause,
                $"Canvas at {CanvasOrigin.Describe(connection.BaseUrl)} failed repeatedly, so calls are paused briefly; the sync will be retried. ({what})"),
            TimeoutRejectedException or OperationCanceledException or TimeoutException => Create(
                connection, CanvasErrors.Timeout, null, transient: true, null, cause,
                $"Canvas did not answer in time while trying to {what}; the sync will be retried. If it keeps happening, raise the adapter's timeouts."),
            HttpRequestException => Create(
                connection, CanvasErrors.Unreachable, null, transient: true, null, cause,
                $"Canvas at {CanvasOrigin.Describe(connection.BaseUrl)} could not be reached to {what}; check the base URL, DNS and TLS."),
            JsonException => InvalidResponse(connection, what, cause),
            _ => new InvalidOperationException($"Unexpected failure while trying to {what} on Canvas.", cause),
        };
    }

    public static EvidenceSourceException InvalidResponse(SourceConnection connection, string what, Exception? cause) => Create(
        connection, CanvasErrors.InvalidResponse, null, transient: false, null, cause,
        $"Canvas answered with a body the adapter cannot read while trying to {what}; is the base URL a Canvas site?");

    public static EvidenceSourceException FromResponse(SourceConnection connection, string what, IApiResponse response)
    {
        var code = response.StatusCode ?? HttpStatusCode.BadGateway;
        var status = (int)code;
        var body = response.Error is ApiException api ? api.Content : null;
        var message = ReadMessage(body);
        var retryAfter = response.Headers?.RetryAfter?.Delta;
        var throttled = code == HttpStatusCode.TooManyRequests
            || (code == HttpStatusCode.Forbidden && body?.Contains("Rate Limit Exceeded", StringComparison.OrdinalIgnoreCase) == true);

        if (throttled)
        {
            return Create(connection, CanvasErrors.Throttled, status, transient: true, retryAfter, null,
                $"Canvas kept throttling connection '{connection.Name}' while trying to {what}, even after retries; the sync will resume from its cursor later. Lower the adapter's MaxConcurrency if this repeats.");
        }

        return code switch
        {
            HttpStatusCode.Unauthorized when IsPermissionMessage(message) => Forbidden(connection, what, status),
            HttpStatusCode.Unauthorized => Create(connection, CanvasErrors.InvalidAccessToken, status, transient: false, null, null,
                $"Canvas rejected the access token of connection '{connection.Name}' (invalid, expired or revoked). Generate a new token in Canvas " +
                $"(Account > Settings > New access token, or a developer key) and store it under '{connection.SecretReference}'."),
            HttpStatusCode.Forbidden => Forbidden(connection, what, status),
            HttpStatusCode.NotFound => Create(connection, CanvasErrors.NotFound, status, transient: false, null, null,
                $"Canvas could not find what was needed to {what}: the course or item was deleted, the id is wrong, or the token's user cannot see it."),
            >= HttpStatusCode.InternalServerError => Create(connection, CanvasErrors.ServerError, status, transient: true, retryAfter, null,
                $"Canvas kept failing (HTTP {status}) while trying to {what}; the sync will be retried."),
            _ => Create(connection, CanvasErrors.RequestFailed, status, transient: false, null, null,
                $"Canvas refused the request to {what} (HTTP {status}{(message is null ? string.Empty : ": " + message)})."),
        };
    }

    private static EvidenceSourceException Forbidden(SourceConnection connection, string what, int status) => Create(
        connection, CanvasErrors.Forbidden, status, transient: false, null, null,
        $"The Canvas token of connection '{connection.Name}' is not allowed to {what}. Use a token of a teacher, TA or admin with " +
        "'View all grades' (and 'Manage learning outcomes' for outcome results) in this course, or add the endpoint's scope to a scoped developer key.");

    private static bool IsPermissionMessage(string? message) =>
        message?.Contains("not authorized to perform", StringComparison.OrdinalIgnoreCase) == true;

    private static string? ReadMessage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CanvasErrorBody>(body, CanvasJson.Options)?.Errors is [var first, ..] ? first.Message : null;
        }
        catch (JsonException)
        {
            return null; // LTI-style error bodies have another shape; the status code alone decides then
        }
    }

    private static EvidenceSourceException Create(
        SourceConnection connection,
        string code,
        int? status,
        bool transient,
        TimeSpan? retryAfter,
        Exception? cause,
        string message) => new(message, cause)
        {
            Platform = PlatformKind.Canvas,
            Code = code,
            StatusCode = status,
            IsTransient = transient,
            RetryAfter = retryAfter,
        };
}
