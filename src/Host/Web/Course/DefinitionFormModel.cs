using System.Globalization;
using System.Text;
using Insignia.Core.Achievements;
using Insignia.Core.Criteria;

namespace Insignia.Host.Web.Course;

/// <summary>The definition form's fields, read from a post or from a stored definition, and turned into a definition.</summary>
internal sealed record DefinitionFormModel
{
    public const int RuleRows = 4;

    public string Id { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public string Narrative { get; init; } = string.Empty;

    public string Outcomes { get; init; } = string.Empty;

    public string Credits { get; init; } = string.Empty;

    public string Workload { get; init; } = string.Empty;

    public string Validity { get; init; } = string.Empty;

    public string Language { get; init; } = "es-MX";

    public string Combine { get; init; } = "all";

    public IReadOnlyList<RuleRow> Rows { get; init; } = [];

    public static DefinitionFormModel From(IFormCollection form) => new()
    {
        Id = form["id"].ToString().Trim(),
        Name = form["name"].ToString().Trim(),
        Description = form["description"].ToString().Trim(),
        Narrative = form["narrative"].ToString().Trim(),
        Outcomes = form["outcomes"].ToString(),
        Credits = form["credits"].ToString().Trim(),
        Workload = form["workload"].ToString().Trim(),
        Validity = form["validity"].ToString().Trim(),
        Language = form["language"].ToString() == "en" ? "en" : "es-MX",
        Combine = form["combine"].ToString() == "any" ? "any" : "all",
        Rows = [.. Enumerable.Range(0, RuleRows).Select(i => new RuleRow(
            form[$"r{i}.kind"].ToString(), form[$"r{i}.activity"].ToString(), form[$"r{i}.min"].ToString().Trim(), form[$"r{i}.unit"].ToString()))],
    };

    public static DefinitionFormModel From(CredentialDefinition definition) => new()
    {
        Id = definition.Id,
        Name = definition.Name,
        Description = definition.Description,
        Narrative = definition.CriteriaNarrative,
        Outcomes = string.Join('\n', definition.LearningOutcomes.Select(o => o.Name)),
        Credits = definition.Credits?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        Workload = definition.WorkloadHours?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        Validity = definition.Validity?.ToString() ?? string.Empty,
        Language = definition.Language.StartsWith("en", StringComparison.Ordinal) ? "en" : "es-MX",
        Combine = definition.Rule is AnyRule ? "any" : "all",
        Rows = RuleRow.FromRule(definition.Rule),
    };

    /// <summary>Builds the definition, or lists what the person must fix (field paths as in the JSON form).</summary>
    public (CredentialDefinition? Definition, IReadOnlyList<CriteriaError> Errors) ToDefinition(string courseKey, string language)
    {
        var errors = new List<CriteriaError>();
        var t = (string es, string en) => UiLanguage.Pick(language, es, en);
        Require(errors, "$.name", Name, t("Escriba un nombre.", "Enter a name."));
        Require(errors, "$.description", Description, t("Escriba una descripción.", "Enter a description."));
        Require(errors, "$.criteriaNarrative", Narrative, t("Describa los criterios en palabras.", "Describe the criteria in words."));
        var credits = Optional(errors, "$.credits", Credits, t("Los créditos deben ser un número positivo.", "Credits must be a positive number."));
        var workload = Optional(errors, "$.workloadHours", Workload, t("La carga horaria debe ser un número positivo de horas.", "Workload must be a positive number of hours."));
        ValidityPeriod? validity = null;
        if (Validity.Length > 0)
        {
            validity = ValidityPeriod.TryParse(Validity, out var period) ? period : null;
            if (validity is null)
            {
                errors.Add(new CriteriaError("$.validity", CriteriaErrors.InvalidValue, t("Elija una vigencia de la lista.", "Choose a validity period from the list.")));
            }
        }

        var leaves = new List<CriteriaRule>();
        var errorsBeforeRows = errors.Count;
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].ToRule(i, language, errors) is { } rule)
            {
                leaves.Add(rule);
            }
        }

        if (leaves.Count == 0 && errors.Count == errorsBeforeRows)
        {
            errors.Add(new CriteriaError("$.rule", CriteriaErrors.InvalidValue, t("Agregue al menos un requisito con una actividad del curso.", "Add at least one requirement with a course activity.")));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new CredentialDefinition
        {
            Id = Id.Length > 0 ? Id : Slug(courseKey, Name),
            CourseKey = courseKey,
            Name = Name,
            Description = Description,
            CriteriaNarrative = Narrative,
            LearningOutcomes = [.. Outcomes.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select((o, i) => new LearningOutcome($"lo{i + 1}", o))],
            Credits = credits is { } c ? (decimal)c : null,
            WorkloadHours = workload,
            Validity = validity,
            Language = Language,
            Rule = Combine == "any" ? new AnyRule(leaves) : new AllRule(leaves),
        }, errors);
    }

    /// <summary>A stable, readable id from the course and the name (ASCII letters, digits and dashes).</summary>
    public static string Slug(string courseKey, string name)
    {
        var text = (courseKey.Split('/').Last() + "-" + name).Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        foreach (var ch in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                slug.Append(ch);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length > 60 ? result[..60].TrimEnd('-') : result;
    }

    private static void Require(List<CriteriaError> errors, string path, string value, string message)
    {
        if (value.Length == 0)
        {
            errors.Add(new CriteriaError(path, CriteriaErrors.InvalidValue, message));
        }
    }

    private static double? Optional(List<CriteriaError> errors, string path, string value, string message)
    {
        if (value.Length == 0)
        {
            return null;
        }

        var number = UiFormat.ParseNumber(value);
        if (number is null or <= 0)
        {
            errors.Add(new CriteriaError(path, CriteriaErrors.InvalidValue, message));
        }

        return number;
    }
}
