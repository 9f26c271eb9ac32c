using System.Collections.Concurrent;

namespace Insignia.Adapters.Moodle.Sessions;

/// <summary>Tokens issued by <c>login/token.php</c>, kept across scopes so that each sync does not log in again.</summary>
internal sealed class MoodleIssuedTokens
{
    public ConcurrentDictionary<string, string> Tokens { get; } = new(StringComparer.Ordinal);
}
