namespace Insignia.Host.Issuer.ObApi;

/// <summary>The outcome of checking a bearer token: the token, or the OAuth error code and a description.</summary>
internal sealed record ObApiTokenCheck(ObApiToken? Token, string? Error, string? Description)
{
    public const string InvalidRequest = "invalid_request";
    public const string InvalidToken = "invalid_token";
    public const string InsufficientScope = "insufficient_scope";

    public static ObApiTokenCheck Accepted(ObApiToken token) => new(token, null, null);

    public static ObApiTokenCheck Refused(string error, string description) => new(null, error, description);
}
