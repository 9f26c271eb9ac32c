namespace Insignia.Host.Lti.Launch.Steps;

/// <summary>Checks that aud holds this tool's client id, and that azp names it when there are several audiences.</summary>
internal sealed class ValidateAudience : ILaunchValidationStep
{
    public int Order => LaunchStepOrder.ValidateAudience;

    public ValueTask ExecuteAsync(LaunchValidationContext context, CancellationToken cancellationToken)
    {
        var clientId = context.Platform.ClientId;
        var audiences = context.Token.Audiences.ToList();
        context.Token.TryGetPayloadValue<string>("azp", out var azp);
        if (!audiences.Contains(clientId, StringComparer.Ordinal))
        {
            context.Reject(LaunchErrors.InvalidAudience, $"The id_token's audience does not include the client id '{clientId}'.");
        }
        else if (audiences.Count > 1 && string.IsNullOrEmpty(azp))
        {
            context.Reject(LaunchErrors.MissingAzp, "The id_token has several audiences but no azp claim naming this tool.");
        }
        else if (!string.IsNullOrEmpty(azp) && !string.Equals(azp, clientId, StringComparison.Ordinal))
        {
            context.Reject(LaunchErrors.InvalidAzp, $"The id_token's azp '{azp}' is not the client id '{clientId}'.");
        }

        return ValueTask.CompletedTask;
    }
}
