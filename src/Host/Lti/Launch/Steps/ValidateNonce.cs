using System.Security.Cryptography;
using System.Text;

namespace Insignia.Host.Lti.Launch.Steps;

/// <summary>Checks that the token carries this login's nonce and that the nonce was never used (after signature and lifetime passed).</summary>
internal sealed class ValidateNonce(INonceStore nonces) : ILaunchValidationStep
{
    public int Order => LaunchStepOrder.ValidateNonce; // after signature and lifetime: only a genuine, live token consumes a nonce

    public async ValueTask ExecuteAsync(LaunchValidationContext context, CancellationToken cancellationToken)
    {
        if (!context.Token.TryGetPayloadValue<string>("nonce", out var nonce) || string.IsNullOrEmpty(nonce)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(nonce), Encoding.UTF8.GetBytes(context.Ticket.Nonce)))
        {
            context.Reject(LaunchErrors.NonceMismatch, "The id_token's nonce is not the one this login sent.");
            return;
        }

        var expiresAt = context.Token.ValidTo == DateTime.MinValue ? context.Ticket.ExpiresAt : new DateTimeOffset(context.Token.ValidTo, TimeSpan.Zero).AddMinutes(5);
        if (!await nonces.TryConsumeAsync(context.Platform.Name, nonce, expiresAt, cancellationToken))
        {
            context.Reject(LaunchErrors.NonceReused, "The launch nonce has already been used.");
        }
    }
}
