namespace Insignia.Adapters.Moodle.Contracts;

/// <summary><c>login/token.php</c> success body.</summary>
internal sealed record LoginTokenResponse
{
    public string? Token { get; init; }
}
