namespace Insignia.Adapters.Moodle.Tests.Infrastructure;

/// <summary>What the fake Moodle answers: a status, a body and optional headers.</summary>
internal sealed record MoodleReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static MoodleReply Json(string body) => new(200, body);
}
