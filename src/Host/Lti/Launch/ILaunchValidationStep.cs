namespace Insignia.Host.Lti.Launch;

/// <summary>One named check of an LTI launch. A failed check calls <see cref="LaunchValidationContext.Reject"/> and returns.</summary>
internal interface ILaunchValidationStep
{
    /// <summary>Gets the step's position, one of <see cref="LaunchStepOrder"/>.</summary>
    int Order { get; }

    ValueTask ExecuteAsync(LaunchValidationContext context, CancellationToken cancellationToken);
}
