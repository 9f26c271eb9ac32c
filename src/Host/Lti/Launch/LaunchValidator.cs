namespace Insignia.Host.Lti.Launch;

/// <summary>Runs the launch steps in order and stops at the first rejection, which it logs once (never the token).</summary>
internal sealed class LaunchValidator
{
    private readonly ILaunchValidationStep[] _steps;
    private readonly ILogger<LaunchValidator> _logger;

    public LaunchValidator(IEnumerable<ILaunchValidationStep> steps, ILogger<LaunchValidator> logger)
    {
        _steps = [.. steps.OrderBy(s => s.Order)];
        _logger = logger;
    }

    public IReadOnlyList<ILaunchValidationStep> Steps => _steps;

    public async ValueTask<LaunchValidationContext> ValidateAsync(LaunchRequest request, CancellationToken cancellationToken)
    {
        var context = new LaunchValidationContext(request);
        foreach (var step in _steps)
        {
            context.CurrentStep = step.GetType().Name;
            await step.ExecuteAsync(context, cancellationToken);
            if (context.Rejection is { } rejection)
            {
                Log.LaunchRejected(_logger, rejection.Step, rejection.Code);
                break;
            }
        }

        return context;
    }
}
