using System.Text;
using System.Text.Json;
using Insignia.Core.Criteria;

namespace Insignia.Core.Achievements;

/// <summary>Writes a definition in the JSON form <see cref="CredentialDefinitionReader"/> reads.</summary>
public static class CredentialDefinitionWriter
{
    /// <summary>Serializes a definition.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="indented">Whether to indent the output for people.</param>
    /// <returns>JSON text.</returns>
    public static string Write(CredentialDefinition definition, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(definition);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", definition.Id);
            writer.WriteNumber("version", definition.Version);
            writer.WriteString("course", definition.CourseKey);
            writer.WriteString("name", definition.Name);
            writer.WriteString("description", definition.Description);
            writer.WriteString("criteriaNarrative", definition.CriteriaNarrative);
            writer.WriteStartArray("learningOutcomes");
            foreach (var outcome in definition.LearningOutcomes)
            {
                writer.WriteStartObject();
                writer.WriteString("id", outcome.Id);
                writer.WriteString("name", outcome.Name);
                WriteOptional(writer, "description", outcome.Description);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("alignments");
            foreach (var alignment in definition.Alignments)
            {
                writer.WriteStartObject();
                writer.WriteString("targetName", alignment.TargetName);
                writer.WriteString("targetUrl", alignment.TargetUrl.AbsoluteUri);
                WriteOptional(writer, "targetCode", alignment.TargetCode);
                WriteOptional(writer, "targetFramework", alignment.TargetFramework);
                WriteOptional(writer, "targetType", alignment.TargetType);
                WriteOptional(writer, "targetDescription", alignment.TargetDescription);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (definition.Credits is { } credits)
            {
                writer.WriteNumber("credits", credits);
            }

            if (definition.WorkloadHours is { } hours)
            {
                writer.WriteNumber("workloadHours", hours);
            }

            WriteOptional(writer, "assessmentType", definition.AssessmentType);
            writer.WriteString("language", definition.Language);
            WriteOptional(writer, "validity", definition.Validity?.ToString());
            writer.WriteString("achievementType", definition.AchievementType);
            writer.WritePropertyName("rule");
            CriteriaRuleWriter.Write(writer, definition.Rule);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
