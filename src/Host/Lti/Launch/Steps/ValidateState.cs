using System.Security.Cryptography;
using System.Text;
using Insignia.Host.Lti.Login;

namespace Insignia.Host.Lti.Launch.Steps;

/// <summary>Checks that the posted state belongs to a login started in this browser (cookie or platform storage) and is recent.</summary>
internal sealed class ValidateState(LoginTicketProtector tickets, TimeProvider time) : ILaunchValidationStep
{
    public int Order => LaunchStepOrder.ValidateState;

    public ValueTask ExecuteAsync(LaunchValidationContext context, CancellationToken cancellationToken)
    {
        var state = context.Request.State;
        if (string.IsNullOrEmpty(state))
        {
            context.Reject(LaunchErrors.StateMissing, "The launch has no state parameter.");
            return ValueTask.CompletedTask;
        }

        if (context.Request.BrowserTickets.Count == 0)
        {
            context.Reject(LaunchErrors.StateNotBound, "This browser holds no login for the launch: its cookies were blocked and the platform offered no storage.");
            return ValueTask.CompletedTask;
        }

        var ticket = context.Request.BrowserTickets.Select(tickets.TryUnprotect).FirstOrDefault(t => t is not null && SameText(t.State, state));
        if (ticket is null)
        {
            context.Reject(LaunchErrors.StateMismatch, "The launch state does not match the login started in this browser.");
        }
        else if (ticket.ExpiresAt < time.GetUtcNow())
        {
            context.Reject(LaunchErrors.StateExpired, "The login that started this launch has expired.");
        }
        else
        {
            context.Ticket = ticket;
        }

        return ValueTask.CompletedTask;
    }

    private static bool SameText(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
