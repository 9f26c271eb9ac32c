using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Insignia.Core.Achievements;
using Insignia.Core.Criteria;

namespace Insignia.Host.Web.Course;

/// <summary>The definition form's fields, read from a post or from a stored definition, and turned into a definition.</summary>
internal sealed partial record DefinitionFormModel
{
    /// <summary>Blank requirements a new definition's form starts with.</summary>
    public const int RuleRows = 3;

    public string Id { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public string Narrative { get; init; } = string.Empty;

    public string Outcomes { get; init; } = string.Empty;

    public string Credits { get; init; } = string.Empty;

    public string Workload { get; init; } = string.Empty;

    public string Validity { get; init; } = string.Empty;

    public string Language { get; init; } = "es-MX";

    /// <summary>Gets the rule tree; the root is always a group.</summary>
    public RuleNode Rule { get; init; } = new() { Children = [.. Enumerable.Range(0, RuleRows).Select(_ => RuleNode.Blank())] };

    /// <summary>Gets a value indicating whether the stored rule was a single requirement without a group (kept so a round trip changes nothing).</summary>
    public bool Bare { get; init; }

    /// <summary>Gets the stored definition's JSON, carried in a hidden field so the fields the form does not show (alignments, outcome ids) survive an edit.</summary>
    public string Extras { get; init; } = string.Empty;

    public static DefinitionFormModel From(IFormCollection form) => new()
    {
        Id = form["id"].ToString().Trim(),
        Name = form["name"].ToString().Trim(),
        Description = Lines(form["description"].ToString()).Trim(),
        Narrative = Lines(form["narrative"].ToString()).Trim(),
        Outcomes = Lines(form["outcomes"].ToString()),
        Credits = form["credits"].ToString().Trim(),
        Workload = form["workload"].ToString().Trim(),
        Validity = form["validity"].ToString().Trim(),
        Language = LanguageTag().IsMatch(form["language"].ToString()) ? form["language"].ToString() : "es-MX",
        Rule = RuleForm.Read(form),
        Bare = form["bare"] == "1",
        Extras = form["extras"].ToString(),
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
        Language = definition.Language,
        Rule = definition.Rule is LeafRule ? new RuleNode { Children = [RuleNode.From(definition.Rule)] } : RuleNode.From(definition.Rule),
        Bare = definition.Rule is LeafRule,
        Extras = CredentialDefinitionWriter.Write(definition),
    };

    /// <summary>Builds the definition, or lists what the person must fix (field paths as in the JSON form).</summary>
    public (CredentialDefinition? Definition, IReadOnlyList<CriteriaError> Errors) ToDefinition(string courseKey, string language)
    {
        var errors = new List<CriteriaError>();
        var t = (string es, string en) => UiLanguage.Pick(language, es, en);
        Require(errors, "$.name", Name, t("Escriba un nombre.", "Enter a name."));
        Require(errors, "$.description", Description, t("Escriba una descripción.", "Enter a description."));
        Require(errors, "$.criteriaNarrative", Narrative, t("Describa los criterios en palabras.", "Describe the criteria in words."));
        decimal? credits = null;
        if (Credits.Length > 0 && (!decimal.TryParse(Credits.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) || parsed <= 0))
        {
            errors.Add(new CriteriaError("$.credits", CriteriaErrors.InvalidValue, t("Los créditos deben ser un número positivo.", "Credits must be a positive number.")));
        }
        else if (Credits.Length > 0)
        {
            credits = decimal.Parse(Credits.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture);
        }

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

        var errorsBeforeRule = errors.Count;
        var rule = RuleForm.ToRule(Rule, string.Empty, "$.rule", language, errors);
        if (rule is null && errors.Count == errorsBeforeRule)
        {
            errors.Add(new CriteriaError("$.rule", CriteriaErrors.InvalidValue, t("Agregue al menos un requisito con una actividad del curso.", "Add at least one requirement with a course activity.")));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var stored = Extras.Length > 0 ? CredentialDefinitionReader.Read(Extras).Value : null;
        return (new CredentialDefinition
        {
            Id = Id.Length > 0 ? Id : Slug(courseKey, Name),
            Version = stored?.Version ?? 1,
            CourseKey = courseKey,
            Name = Name,
            Description = Description,
            CriteriaNarrative = Narrative,
            LearningOutcomes = OutcomesKeeping(stored?.LearningOutcomes ?? []),
            Alignments = stored?.Alignments ?? [],
            AssessmentType = stored?.AssessmentType,
            AchievementType = stored?.AchievementType ?? "MicroCredential",
            Credits = credits,
            WorkloadHours = workload,
            Validity = validity,
            Language = Language,
            Rule = Bare && rule is AllRule { Children: [LeafRule leaf] } && Rule.Combine == RuleNode.All ? leaf : rule!,
        }, errors);
    }

    /// <summary>The outcome lines; a line whose text matches a stored outcome keeps that outcome's id and description.</summary>
    private IReadOnlyList<LearningOutcome> OutcomesKeeping(IReadOnlyList<LearningOutcome> stored)
    {
        var unused = stored.ToList();
        var lines = Outcomes.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kept = new LearningOutcome?[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var match = unused.FirstOrDefault(o => o.Name == lines[i]);
            if (match is not null)
            {
                kept[i] = match;
                unused.Remove(match);
            }
        }

        var taken = kept.Where(o => o is not null).Select(o => o!.Id).ToHashSet(StringComparer.Ordinal);
        var next = 1;
        return [.. lines.Select((line, i) =>
        {
            if (kept[i] is { } outcome)
            {
                return outcome;
            }

            while (!taken.Add($"lo{next}"))
            {
                next++;
            }

            return new LearningOutcome($"lo{next}", line);
        })];
    }

    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

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

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$")]
    private static partial Regex LanguageTag();
}
