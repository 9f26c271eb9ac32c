using Insignia.Host.Lti.Launch.Steps;

namespace Insignia.Host.Lti.Launch;

/// <summary>The launch checks, in order. This list is the only place the sequence is written.</summary>
internal static class LaunchValidationSteps
{
    public static IReadOnlyList<Type> Default { get; } =
    [
        typeof(ValidateState),
        typeof(ResolvePlatform),
        typeof(ValidateSignature),
        typeof(ValidateAudience),
        typeof(ValidateLifetime),
        typeof(ValidateNonce),
        typeof(ValidateDeployment),
        typeof(ValidateMessageType),
    ];
}
