namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>
/// An error body: <c>{exception, errorcode, message}</c> from <c>server.php</c>, or
/// <c>{error, errorcode}</c> from <c>login/token.php</c>. Both arrive with HTTP 200.
/// </summary>
internal sealed record MoodleErrorBody
{
    public string? Exception { get; init; }

    public string? Errorcode { get; init; }

    public string? Message { get; init; }

    public string? Error { get; init; }
}
