using Insignia.Host.Lti.Registrations;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Insignia.Host.Lti.Launch.Steps;

/// <summary>
/// Reads the id_token and finds the registration for its issuer and client id: the one the login used, else one
/// of its audiences. Whether aud really names the client id is <see cref="ValidateAudience"/>'s check.
/// </summary>
internal sealed class ResolvePlatform(ILtiPlatformDirectory platforms) : ILaunchValidationStep
{
    public int Order => LaunchStepOrder.ResolvePlatform;

    public async ValueTask ExecuteAsync(LaunchValidationContext context, CancellationToken cancellationToken)
    {
        JsonWebToken token;
        try
        {
            token = new JsonWebToken(context.Request.IdToken ?? string.Empty);
        }
        catch (ArgumentException)
        {
            context.Reject(LaunchErrors.InvalidToken, "The launch has no id_token, or it is not a well-formed JWT.");
            return;
        }

        if (string.IsNullOrEmpty(token.Issuer))
        {
            context.Reject(LaunchErrors.InvalidToken, "The id_token has no iss claim.");
            return;
        }

        if (!string.Equals(token.Issuer, context.Ticket.Issuer, StringComparison.Ordinal))
        {
            context.Reject(LaunchErrors.PlatformMismatch, $"The id_token was issued by '{token.Issuer}', but the login was started by '{context.Ticket.Issuer}'.");
            return;
        }

        var registrations = await platforms.FindByIssuerAsync(token.Issuer, cancellationToken);
        var audiences = token.Audiences.ToList();
        var platform = registrations.FirstOrDefault(p => p.ClientId == context.Ticket.ClientId)
            ?? registrations.FirstOrDefault(p => audiences.Contains(p.ClientId));
        if (platform is null)
        {
            context.Reject(LaunchErrors.UnknownPlatform, $"No registration matches issuer '{token.Issuer}' with client id(s) {string.Join(", ", audiences)}.");
            return;
        }

        context.Token = token;
        context.Platform = platform;
    }
}
