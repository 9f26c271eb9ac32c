using Microsoft.Extensions.Options;

namespace Insignia.Adapters.Moodle;

/// <summary>Rules that involve several options at once.</summary>
internal sealed class MoodleAdapterOptionsConsistency : IValidateOptions<MoodleAdapterOptions>
{
    public ValidateOptionsResult Validate(string? name, MoodleAdapterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add($"{MoodleAdapterOptions.SectionName}:AttemptTimeout ({options.AttemptTimeout}) must not exceed TotalTimeout ({options.TotalTimeout}).");
        }

        if (options.LearnerRoles.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{MoodleAdapterOptions.SectionName}:LearnerRoles must not contain empty role names.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
