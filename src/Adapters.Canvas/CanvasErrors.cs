namespace Insignia.Adapters.Canvas;

/// <summary>Stable snake_case codes carried by <see cref="Core.Ports.EvidenceSourceException.Code"/> for Canvas failures.</summary>
internal static class CanvasErrors
{
    /// <summary>Canvas kept throttling (429 or 403 "Rate Limit Exceeded") after every retry.</summary>
    public const string Throttled = "throttled";

    /// <summary>The token is valid but its user may not make this call.</summary>
    public const string Forbidden = "forbidden";

    /// <summary>The token is invalid, expired or revoked.</summary>
    public const string InvalidAccessToken = "invalid_access_token";

    /// <summary>The course or item does not exist, was deleted, or is invisible to the token.</summary>
    public const string NotFound = "not_found";

    /// <summary>Canvas answered 5xx after every retry.</summary>
    public const string ServerError = "server_error";

    /// <summary>Canvas could not be reached (DNS, TLS, connection).</summary>
    public const string Unreachable = "unreachable";

    /// <summary>A request (with its retries) ran out of time.</summary>
    public const string Timeout = "timeout";

    /// <summary>Too many recent failures: calls are paused until the circuit closes.</summary>
    public const string CircuitOpen = "circuit_open";

    /// <summary>The connection names no secret, or the secret store has none under that name.</summary>
    public const string MissingSecret = "missing_secret";

    /// <summary>The connection's base URL is plain HTTP and insecure HTTP is not allowed.</summary>
    public const string InsecureBaseUrl = "insecure_base_url";

    /// <summary>A next-page link pointed to another origin; following it would leak the token.</summary>
    public const string ForeignNextLink = "foreign_next_link";

    /// <summary>Canvas answered with a body the adapter cannot read.</summary>
    public const string InvalidResponse = "invalid_response";

    /// <summary>The stored sync cursor is not one this adapter wrote.</summary>
    public const string InvalidCursor = "invalid_cursor";

    /// <summary>Any other refusal.</summary>
    public const string RequestFailed = "request_failed";
}
