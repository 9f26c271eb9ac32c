using System.Text;
using System.Text.Json;

namespace Insignia.Core.Criteria;

/// <summary>Writes a rule back to the JSON rule language, in a stable form that <see cref="CriteriaRuleParser"/> reads.</summary>
public static class CriteriaRuleWriter
{
    /// <summary>Serializes a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>Compact JSON text.</returns>
    public static string Write(CriteriaRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, rule);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a rule to a JSON writer.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="rule">The rule.</param>
    public static void Write(Utf8JsonWriter writer, CriteriaRule rule)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rule);
        writer.WriteStartObject();
        writer.WritePropertyName(rule.Keyword);
        switch (rule)
        {
            case AllRule all:
                WriteChildren(writer, all.Children);
                break;
            case AnyRule any:
                WriteChildren(writer, any.Children);
                break;
            case AtLeastRule atLeast:
                writer.WriteStartObject();
                writer.WriteNumber("count", atLeast.Count);
                writer.WritePropertyName("of");
                WriteChildren(writer, atLeast.Children);
                writer.WriteEndObject();
                break;
            case ScoreRule score:
                writer.WriteStartObject();
                writer.WriteString("activity", score.Activity.ToString());
                WriteOptional(writer, "min", score.MinFraction);
                WriteOptional(writer, "minPoints", score.MinPoints);
                WriteAttempts(writer, score.Attempts);
                writer.WriteEndObject();
                break;
            case MasteryRule mastery:
                WriteLeveled(writer, "outcome", mastery.Outcome.ToString(), mastery.MinLevel, mastery.Attempts);
                break;
            case RubricRule rubric:
                WriteLeveled(writer, "criterion", rubric.Criterion.ToString(), rubric.MinLevel, rubric.Attempts);
                break;
            case CompletionRule completion:
                writer.WriteStartObject();
                writer.WriteString("activity", completion.Activity.ToString());
                writer.WriteString("state", completion.Requirement == CompletionRequirement.Passed ? "passed" : "complete");
                writer.WriteEndObject();
                break;
            case CredentialRule credential:
                writer.WriteStartObject();
                writer.WriteString("definition", credential.DefinitionId);
                writer.WriteEndObject();
                break;
            case ParticipationRule participation:
                writer.WriteStartObject();
                writer.WriteString("activity", participation.Activity.ToString());
                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"Unknown rule type {rule.GetType().Name}.", nameof(rule));
        }

        writer.WriteEndObject();
    }

    private static void WriteChildren(Utf8JsonWriter writer, IReadOnlyList<CriteriaRule> children)
    {
        writer.WriteStartArray();
        foreach (var child in children)
        {
            Write(writer, child);
        }

        writer.WriteEndArray();
    }

    private static void WriteLeveled(Utf8JsonWriter writer, string keyName, string key, double level, AttemptPolicy attempts)
    {
        writer.WriteStartObject();
        writer.WriteString(keyName, key);
        writer.WriteNumber("min", level);
        WriteAttempts(writer, attempts);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    private static void WriteAttempts(Utf8JsonWriter writer, AttemptPolicy attempts)
    {
        if (attempts == AttemptPolicy.Latest)
        {
            writer.WriteString("attempt", "latest");
        }
    }
}
