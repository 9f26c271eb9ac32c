namespace Insignia.Host.Lti.Launch;

/// <summary>The order of launch validation steps, 1_000 apart so a step can be inserted without renumbering.</summary>
internal static class LaunchStepOrder
{
    public const int ValidateState = 1_000;
    public const int ResolvePlatform = ValidateState + 1_000;
    public const int ValidateSignature = ResolvePlatform + 1_000;
    public const int ValidateAudience = ValidateSignature + 1_000;
    public const int ValidateLifetime = ValidateAudience + 1_000;
    public const int ValidateNonce = ValidateLifetime + 1_000;
    public const int ValidateDeployment = ValidateNonce + 1_000;
    public const int ValidateMessageType = ValidateDeployment + 1_000;
}
