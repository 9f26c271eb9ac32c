using System.Collections.Concurrent;

namespace Insignia.Adapters.Moodle.Tests.Infrastructure;

/// <summary>
/// Routes the fake Moodle's requests by <c>wsfunction</c> (or path for <c>login/token.php</c>) to payload handlers,
/// with per-test overrides and scripted failures. Every test resets it.
/// </summary>
internal sealed class MoodleFakeSite
{
    public const string LoginPath = "/login/token.php";

    private readonly ConcurrentDictionary<string, Func<MoodleCall, MoodleReply>> _overrides = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<MoodleReply>> _scripted = new(StringComparer.Ordinal);

    public IMoodlePayloads Payloads { get; set; } = new CapturedCoursePayloads();

    public void Reset()
    {
        _overrides.Clear();
        _scripted.Clear();
        Payloads = new CapturedCoursePayloads();
    }

    /// <summary>Answers every call of a function (or <see cref="LoginPath"/>) with <paramref name="handler"/>.</summary>
    public void Override(string function, Func<MoodleCall, MoodleReply> handler) => _overrides[function] = handler;

    public void Override(string function, MoodleReply reply) => Override(function, _ => reply);

    /// <summary>Answers the next calls of a function with these replies, then falls back to the normal handler.</summary>
    public void Script(string function, params MoodleReply[] replies) =>
        _scripted[function] = new ConcurrentQueue<MoodleReply>(replies);

    public MoodleReply Handle(MoodleCall call)
    {
        var key = call.Path.EndsWith(LoginPath, StringComparison.Ordinal) ? LoginPath : call.Function ?? string.Empty;
        if (_scripted.TryGetValue(key, out var queue) && queue.TryDequeue(out var scripted))
        {
            return scripted;
        }

        if (_overrides.TryGetValue(key, out var handler))
        {
            return handler(call);
        }

        return key == LoginPath
            ? MoodleReply.Json("""{"token":"issued-token","privatetoken":null}""")
            : Payloads.Reply(call) ?? MoodleReply.Json(MoodleFixtureFiles.Captured("error__invalid_function"));
    }
}
