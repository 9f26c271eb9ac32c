using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Insignia.Core.Criteria;

namespace Insignia.Core.Achievements;

/// <summary>Reads a credential definition from JSON (see <c>docs/criteria.md</c>), reporting every problem with its JSON path.</summary>
public static partial class CredentialDefinitionReader
{
    private static readonly string[] KnownFields =
    [
        "id", "course", "name", "description", "criteriaNarrative", "learningOutcomes", "alignments", "credits",
        "workloadHours", "assessmentType", "language", "validity", "achievementType", "rule", "version",
    ];

    /// <summary>Reads a definition.</summary>
    /// <param name="json">The definition JSON.</param>
    /// <param name="courseKey">The course, when given outside the file (it then overrides <c>course</c> in the file).</param>
    /// <returns>The definition, or every problem found.</returns>
    public static CriteriaParseResult<CredentialDefinition> Read(string json, string? courseKey = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement, courseKey);
        }
        catch (JsonException ex)
        {
            return CriteriaParseResult.Fail<CredentialDefinition>(
                new CriteriaError($"$ (line {ex.LineNumber + 1})", CriteriaErrors.MalformedJson, $"The definition is not valid JSON: {ex.Message}"));
        }
    }

    private static CriteriaParseResult<CredentialDefinition> Read(JsonElement root, string? courseKey)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return CriteriaParseResult.Fail<CredentialDefinition>(new CriteriaError("$", CriteriaErrors.InvalidValue, "A definition is a JSON object."));
        }

        var errors = new List<CriteriaError>();
        var fields = new FieldReader(root, errors);
        foreach (var property in root.EnumerateObject().Where(p => Array.IndexOf(KnownFields, p.Name) < 0))
        {
            errors.Add(new CriteriaError($"$.{property.Name}", CriteriaErrors.InvalidNode, $"Unknown field '{property.Name}'."));
        }

        var id = fields.RequiredString("id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            errors.Add(new CriteriaError("$.id", CriteriaErrors.InvalidValue, "'id' may use lower-case letters, digits and dashes (3 to 80), e.g. \"obp101-fundamentos\"."));
        }

        var course = courseKey ?? fields.RequiredString("course");
        if (course is not null && (course.IndexOf('/', StringComparison.Ordinal) <= 0 || course.EndsWith('/')))
        {
            errors.Add(new CriteriaError("$.course", CriteriaErrors.InvalidValue, $"'{course}' is not a course key: expected 'connection/courseId', e.g. \"demo/OBP101\"."));
        }

        var name = fields.RequiredString("name");
        var description = fields.RequiredString("description");
        var narrative = fields.RequiredString("criteriaNarrative");
        var credits = fields.OptionalNumber("credits", 0, 1000);
        var workload = fields.OptionalNumber("workloadHours", 0, 100_000);
        var language = fields.OptionalString("language") ?? "es-MX";
        if (!LanguagePattern().IsMatch(language))
        {
            errors.Add(new CriteriaError("$.language", CriteriaErrors.InvalidValue, $"'{language}' is not a BCP 47 language tag such as \"es-MX\" or \"en\"."));
        }

        ValidityPeriod? validity = null;
        if (fields.OptionalString("validity") is { } validityText)
        {
            if (ValidityPeriod.TryParse(validityText, out var parsed))
            {
                validity = parsed;
            }
            else
            {
                errors.Add(new CriteriaError("$.validity", CriteriaErrors.InvalidValue, $"'{validityText}' is not a duration such as \"P2Y\", \"P6M\" or \"P90D\"."));
            }
        }

        CriteriaRule? rule = null;
        if (!root.TryGetProperty("rule", out var ruleElement))
        {
            errors.Add(new CriteriaError("$.rule", CriteriaErrors.MissingField, "'rule' is required: the assessment rule that decides who earns the credential."));
        }
        else
        {
            var parsed = CriteriaRuleParser.Parse(ruleElement, "$.rule");
            errors.AddRange(parsed.Errors);
            rule = parsed.Value;
        }

        var outcomes = fields.List("learningOutcomes", ReadOutcome);
        var alignments = fields.List("alignments", ReadAlignment);
        if (errors.Count > 0)
        {
            return CriteriaParseResult.Fail<CredentialDefinition>([.. errors]);
        }

        return CriteriaParseResult.Ok(new CredentialDefinition
        {
            Id = id!,
            Version = (int)(fields.OptionalNumber("version", 1, int.MaxValue) ?? 1),
            CourseKey = course!,
            Name = name!,
            Description = description!,
            CriteriaNarrative = narrative!,
            LearningOutcomes = outcomes,
            Alignments = alignments,
            Credits = credits is { } c ? decimal.Parse(c.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null,
            WorkloadHours = workload,
            AssessmentType = fields.OptionalString("assessmentType"),
            Language = language,
            Validity = validity,
            AchievementType = fields.OptionalString("achievementType") ?? "MicroCredential",
            Rule = rule!,
        });
    }

    private static LearningOutcome? ReadOutcome(FieldReader item) =>
        item.RequiredString("id") is { } id && item.RequiredString("name") is { } name
            ? new LearningOutcome(id, name) { Description = item.OptionalString("description") }
            : null;

    private static Alignment? ReadAlignment(FieldReader item)
    {
        var name = item.RequiredString("targetName");
        var url = item.RequiredString("targetUrl");
        if (name is null || url is null)
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            item.Fail("targetUrl", $"'{url}' is not an absolute URL.");
            return null;
        }

        return new Alignment(name, uri)
        {
            TargetCode = item.OptionalString("targetCode"),
            TargetFramework = item.OptionalString("targetFramework"),
            TargetType = item.OptionalString("targetType"),
            TargetDescription = item.OptionalString("targetDescription"),
        };
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,79}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
