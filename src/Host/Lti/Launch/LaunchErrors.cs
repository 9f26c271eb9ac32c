namespace Insignia.Host.Lti.Launch;

/// <summary>Stable codes of refused launches (shown on the error page and logged).</summary>
internal static class LaunchErrors
{
    public const string StateMissing = "state_missing";
    public const string StateNotBound = "state_not_bound";
    public const string StateMismatch = "state_mismatch";
    public const string StateExpired = "state_expired";
    public const string InvalidToken = "invalid_token";
    public const string UnknownPlatform = "unknown_platform";
    public const string PlatformMismatch = "platform_mismatch";
    public const string UnsupportedAlgorithm = "unsupported_algorithm";
    public const string UnknownKey = "unknown_key";
    public const string WrongKeyType = "wrong_key_type";
    public const string JwksUnavailable = "jwks_unavailable";
    public const string BadSignature = "bad_signature";
    public const string InvalidAudience = "invalid_audience";
    public const string MissingAzp = "missing_azp";
    public const string InvalidAzp = "invalid_azp";
    public const string MissingLifetime = "missing_lifetime";
    public const string TokenExpired = "token_expired";
    public const string TokenNotYetValid = "token_not_yet_valid";
    public const string NonceMismatch = "nonce_mismatch";
    public const string NonceReused = "nonce_reused";
    public const string MissingDeployment = "missing_deployment";
    public const string UnknownDeployment = "unknown_deployment";
    public const string UnsupportedMessageType = "unsupported_message_type";
    public const string UnsupportedVersion = "unsupported_version";
    public const string MissingClaim = "missing_claim";
}
