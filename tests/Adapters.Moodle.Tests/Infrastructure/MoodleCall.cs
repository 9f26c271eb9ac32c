using System.Collections.Specialized;
using System.Web;

namespace Insignia.Adapters.Moodle.Tests.Infrastructure;

/// <summary>A request the fake Moodle received, with its form decoded.</summary>
internal sealed record MoodleCall(string Path, string? Query, NameValueCollection Form)
{
    public string Method { get; init; } = "POST";

    public string RawBody { get; init; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; init; }

    public string? Function => Form["wsfunction"];

    public long? UserId => long.TryParse(Form["userid"], out var id) ? id : null;

    public static MoodleCall Parse(string path, string? query, string? body) =>
        new(path, query, HttpUtility.ParseQueryString(body ?? string.Empty)) { RawBody = body ?? string.Empty };

    public static MoodleCall Parse(string path, string? query, string? body, string method, DateTimeOffset receivedAt) =>
        Parse(path, query, body) with { Method = method, ReceivedAt = receivedAt };
}
