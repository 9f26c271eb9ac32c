using Insignia.Host.Lti.Registrations;

namespace Insignia.Host.Lti.Launch.Steps;

/// <summary>Checks that the deployment is known for the registration, or onboards it when the registration allows.</summary>
internal sealed class ValidateDeployment(ILtiPlatformDirectory platforms) : ILaunchValidationStep
{
    public int Order => LaunchStepOrder.ValidateDeployment;

    public async ValueTask ExecuteAsync(LaunchValidationContext context, CancellationToken cancellationToken)
    {
        if (!context.Token.TryGetPayloadValue<string>(LtiClaims.DeploymentId, out var deployment) || string.IsNullOrEmpty(deployment))
        {
            context.Reject(LaunchErrors.MissingDeployment, "The id_token has no deployment_id claim.");
        }
        else if (context.Platform.Deployments.Contains(deployment))
        {
            return;
        }
        else if (context.Platform.AutoOnboardDeployments)
        {
            await platforms.AddDeploymentAsync(context.Platform, deployment, cancellationToken);
        }
        else
        {
            context.Reject(LaunchErrors.UnknownDeployment, $"The deployment '{deployment}' is not registered for platform '{context.Platform.Name}'.");
        }
    }
}
