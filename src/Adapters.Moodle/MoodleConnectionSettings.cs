using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle;

/// <summary>
/// The Moodle-specific, non-secret settings of a connection (<see cref="SourceConnection.Settings"/>):
/// <c>auth</c> = <c>token</c> (default: the secret is a web service token) or <c>password</c> (the secret is the
/// service user's password, exchanged at <c>login/token.php</c> for a token of <c>service</c> as <c>username</c>).
/// </summary>
internal sealed record MoodleConnectionSettings(bool UsesPassword, string? Username, string? Service)
{
    public const string AuthKey = "auth";
    public const string UsernameKey = "username";
    public const string ServiceKey = "service";

    /// <summary>Gets the service name to show in messages.</summary>
    public string ServiceDisplayName => Service ?? "the token's external service";

    public static MoodleConnectionSettings From(SourceConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var settings = connection.Settings;
        var usesPassword = settings.TryGetValue(AuthKey, out var auth) && string.Equals(auth, "password", StringComparison.OrdinalIgnoreCase);
        return new MoodleConnectionSettings(
            usesPassword,
            settings.GetValueOrDefault(UsernameKey),
            settings.GetValueOrDefault(ServiceKey));
    }
}
