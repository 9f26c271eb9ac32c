using System.Text.Json;
using Insignia.Core.Criteria;
using Insignia.Host.Evaluation;

namespace Insignia.Host.Cli;

/// <summary>Writes CLI results as indented JSON, and errors with their JSON paths.</summary>
internal static class CliJson
{
    public static void Write<T>(TextWriter writer, T value) =>
        writer.WriteLine(JsonSerializer.Serialize(value, DecisionJson.Indented));

    public static int Errors(CliContext context, string what, IReadOnlyList<CriteriaError> errors)
    {
        context.Error.WriteLine($"{what} refused ({errors.Count} problem{(errors.Count == 1 ? string.Empty : "s")}):");
        foreach (var error in errors)
        {
            context.Error.WriteLine($"  {error.Path} [{error.Code}] {error.Message}");
        }

        return CliExitCodes.InvalidInput;
    }
}
