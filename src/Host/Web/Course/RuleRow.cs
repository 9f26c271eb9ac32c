using System.Globalization;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;

namespace Insignia.Host.Web.Course;

/// <summary>One requirement row of the rule builder: kind, course activity, threshold and its unit.</summary>
internal sealed record RuleRow(string Kind, string Activity, string Min, string Unit)
{
    public const string Score = "score";
    public const string Passed = "passed";
    public const string Completed = "completed";
    public const string Participation = "participation";
    public const string Mastery = "mastery";
    public const string Percent = "percent";
    public const string Points = "points";

    public static IReadOnlyList<string> Kinds { get; } = [Score, Passed, Mastery, Completed, Participation];

    public static string KindLabel(string language, string kind) => kind switch
    {
        Score => UiLanguage.Pick(language, "Calificación mínima", "Minimum score"),
        Passed => UiLanguage.Pick(language, "Aprobar la actividad", "Pass the activity"),
        Mastery => UiLanguage.Pick(language, "Nivel de dominio del resultado", "Outcome mastery level"),
        Completed => UiLanguage.Pick(language, "Completar (sin calificación)", "Complete (no grade)"),
        Participation => UiLanguage.Pick(language, "Participar", "Participate"),
        _ => UiLanguage.Pick(language, "(sin requisito)", "(no requirement)"),
    };

    public static IReadOnlyList<RuleRow> FromRule(CriteriaRule rule)
    {
        var children = rule switch { AllRule all => all.Children, AnyRule any => any.Children, _ => [rule] };
        return [.. children.Select(From).Where(r => r is not null).Cast<RuleRow>()];
    }

    /// <summary>Whether the form can show the rule without losing parts: all/any of at most <see cref="DefinitionFormModel.RuleRows"/> flat requirements.</summary>
    public static bool CanEdit(CriteriaRule rule)
    {
        var children = rule switch { AllRule all => all.Children, AnyRule any => any.Children, _ => [rule] };
        return children.Count <= DefinitionFormModel.RuleRows && children.All(c => From(c) is not null);
    }

    public CriteriaRule? ToRule(int index, string language, List<CriteriaError> errors)
    {
        if (Kind.Length == 0)
        {
            return null;
        }

        var path = $"$.rule.all[{index}]";
        if (!Kinds.Contains(Kind) || !ActivityKey.TryParse(Activity, out var activity))
        {
            errors.Add(new CriteriaError(path, CriteriaErrors.InvalidValue, UiLanguage.Pick(language,
                $"Requisito {index + 1}: elija una actividad del curso.", $"Requirement {index + 1}: choose a course activity.")));
            return null;
        }

        if (Kind is Passed or Completed or Participation)
        {
            return Kind switch
            {
                Passed => new CompletionRule(activity, CompletionRequirement.Passed),
                Completed => new CompletionRule(activity, CompletionRequirement.Complete),
                _ => new ParticipationRule(activity),
            };
        }

        var min = UiFormat.ParseNumber(Min);
        var percent = Kind == Score && Unit != Points;
        if (min is null or < 0 || (percent && min > 100))
        {
            errors.Add(new CriteriaError(path, CriteriaErrors.OutOfRange, UiLanguage.Pick(language,
                $"Requisito {index + 1}: escriba un umbral válido ({(percent ? "0 a 100 %" : "un número positivo")}).",
                $"Requirement {index + 1}: enter a valid threshold ({(percent ? "0 to 100%" : "a positive number")}).")));
            return null;
        }

        return Kind == Mastery
            ? new MasteryRule(activity, min.Value)
            : percent ? new ScoreRule(activity) { MinFraction = min.Value / 100 } : new ScoreRule(activity) { MinPoints = min.Value };
    }

    private static RuleRow? From(CriteriaRule rule) => rule switch
    {
        ScoreRule s when s.MinPoints is { } points => new(Score, s.Activity.ToString(), Text(points), Points),
        ScoreRule s => new(Score, s.Activity.ToString(), Text((s.MinFraction ?? 0) * 100), Percent),
        CompletionRule c => new(c.Requirement == CompletionRequirement.Passed ? Passed : Completed, c.Activity.ToString(), string.Empty, string.Empty),
        ParticipationRule p => new(Participation, p.Activity.ToString(), string.Empty, string.Empty),
        MasteryRule m => new(Mastery, m.Outcome.ToString(), Text(m.MinLevel), string.Empty),
        _ => null,
    };

    private static string Text(double value) => Math.Round(value, 4).ToString(CultureInfo.InvariantCulture);
}
