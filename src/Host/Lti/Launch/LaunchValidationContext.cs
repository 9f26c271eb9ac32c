using Insignia.Host.Lti.Login;
using Insignia.Host.Lti.Registrations;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Insignia.Host.Lti.Launch;

/// <summary>The state of one launch as it passes through the validation steps.</summary>
internal sealed class LaunchValidationContext(LaunchRequest request)
{
    private LoginTicket? _ticket;
    private JsonWebToken? _token;
    private LtiPlatform? _platform;

    public LaunchRequest Request { get; } = request;

    /// <summary>Gets or sets the login ticket matched by <c>ValidateState</c>.</summary>
    public LoginTicket Ticket
    {
        get => _ticket ?? throw new InvalidOperationException("ValidateState has not run.");
        set => _ticket = value;
    }

    /// <summary>Gets or sets the parsed (not yet trusted until <c>ValidateSignature</c>) id_token.</summary>
    public JsonWebToken Token
    {
        get => _token ?? throw new InvalidOperationException("ResolvePlatform has not run.");
        set => _token = value;
    }

    /// <summary>Gets or sets the registration the token was issued for.</summary>
    public LtiPlatform Platform
    {
        get => _platform ?? throw new InvalidOperationException("ResolvePlatform has not run.");
        set => _platform = value;
    }

    public LaunchRejection? Rejection { get; private set; }

    public bool IsRejected => Rejection is not null;

    /// <summary>Gets or sets the name of the step now running (set by the runner, used in the rejection).</summary>
    public string CurrentStep { get; set; } = string.Empty;

    public void Reject(string code, string description) => Rejection ??= new LaunchRejection(CurrentStep, code, description);
}
