using Microsoft.Extensions.Options;

namespace Insignia.Host.Lti.Launch.Steps;

/// <summary>Checks exp, iat and nbf against the clock, allowing the configured skew.</summary>
internal sealed class ValidateLifetime(IOptions<LtiToolOptions> options, TimeProvider time) : ILaunchValidationStep
{
    public int Order => LaunchStepOrder.ValidateLifetime;

    public ValueTask ExecuteAsync(LaunchValidationContext context, CancellationToken cancellationToken)
    {
        var token = context.Token;
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)options.Value.ClockSkew.TotalSeconds;
        if (!token.TryGetPayloadValue<long>("exp", out var exp) || !token.TryGetPayloadValue<long>("iat", out var iat))
        {
            context.Reject(LaunchErrors.MissingLifetime, "The id_token must carry numeric exp and iat claims.");
        }
        else if (exp + skew <= now)
        {
            context.Reject(LaunchErrors.TokenExpired, $"The id_token expired {now - exp} s ago (allowed skew {skew} s).");
        }
        else if (iat - skew > now || (token.TryGetPayloadValue<long>("nbf", out var nbf) && nbf - skew > now))
        {
            context.Reject(LaunchErrors.TokenNotYetValid, $"The id_token was issued in the future (allowed skew {skew} s); check the platform's clock.");
        }

        return ValueTask.CompletedTask;
    }
}
