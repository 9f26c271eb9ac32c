using System.Globalization;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;

namespace Insignia.Host.Web.Course;

/// <summary>One requirement (a leaf of the rule tree): kind, course activity or credential, threshold, unit and attempt policy.</summary>
internal sealed record RuleRow(string Kind, string Activity, string Min, string Unit)
{
    public const string Score = "score";
    public const string Passed = "passed";
    public const string Completed = "completed";
    public const string Participation = "participation";
    public const string Mastery = "mastery";
    public const string Rubric = "rubric";
    public const string Credential = "credential";
    public const string Percent = "percent";
    public const string Points = "points";
    public const string Latest = "latest";

    public static IReadOnlyList<string> Kinds { get; } = [Score, Passed, Mastery, Rubric, Completed, Participation, Credential];

    /// <summary>Gets the held credential's definition id, for <see cref="Credential"/> rows.</summary>
    public string DefinitionId { get; init; } = string.Empty;

    /// <summary>Gets <see cref="Latest"/> when the latest attempt counts instead of the best one.</summary>
    public string Attempt { get; init; } = string.Empty;

    public bool IsBlank => Kind.Length == 0;

    public static string KindLabel(string language, string kind) => kind switch
    {
        Score => UiLanguage.Pick(language, "Calificación mínima", "Minimum score"),
        Passed => UiLanguage.Pick(language, "Aprobar la actividad", "Pass the activity"),
        Mastery => UiLanguage.Pick(language, "Nivel de dominio del resultado", "Outcome mastery level"),
        Rubric => UiLanguage.Pick(language, "Nivel en un criterio de rúbrica", "Rubric criterion level"),
        Completed => UiLanguage.Pick(language, "Completar (sin calificación)", "Complete (no grade)"),
        Participation => UiLanguage.Pick(language, "Participar", "Participate"),
        Credential => UiLanguage.Pick(language, "Tener otra credencial", "Hold another credential"),
        _ => UiLanguage.Pick(language, "(sin requisito)", "(no requirement)"),
    };

    /// <summary>The requirement as a rule, or null with an error naming the requirement by its number (e.g. 2.1).</summary>
    public CriteriaRule? ToRule(string path, string label, string language, List<CriteriaError> errors)
    {
        if (Kind == Credential)
        {
            if (DefinitionId.Length > 0)
            {
                return new CredentialRule(DefinitionId);
            }

            errors.Add(new CriteriaError(path, CriteriaErrors.InvalidValue, UiLanguage.Pick(language,
                $"Requisito {label}: elija la credencial que debe tener.", $"Requirement {label}: choose the credential to hold.")));
            return null;
        }

        if (!Kinds.Contains(Kind) || !ActivityKey.TryParse(Activity, out var activity))
        {
            errors.Add(new CriteriaError(path, CriteriaErrors.InvalidValue, UiLanguage.Pick(language,
                $"Requisito {label}: elija una actividad del curso.", $"Requirement {label}: choose a course activity.")));
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
                $"Requisito {label}: escriba un umbral válido ({(percent ? "0 a 100 %" : "un número positivo")}).",
                $"Requirement {label}: enter a valid threshold ({(percent ? "0 to 100%" : "a positive number")}).")));
            return null;
        }

        var attempts = Attempt == Latest ? AttemptPolicy.Latest : AttemptPolicy.Best;
        return Kind switch
        {
            Mastery => new MasteryRule(activity, min.Value) { Attempts = attempts },
            Rubric => new RubricRule(activity, min.Value) { Attempts = attempts },
            _ when percent => new ScoreRule(activity) { MinFraction = FractionOf(Min, min.Value), Attempts = attempts },
            _ => new ScoreRule(activity) { MinPoints = min.Value, Attempts = attempts },
        };
    }

    /// <summary>The row showing a leaf rule, or null for a group.</summary>
    public static RuleRow? From(CriteriaRule rule) => rule switch
    {
        ScoreRule { MinPoints: { } points } s => new(Score, s.Activity.ToString(), Number(points), Points) { Attempt = AttemptText(s.Attempts) },
        ScoreRule s => new(Score, s.Activity.ToString(), PercentText(s.MinFraction ?? 0), Percent) { Attempt = AttemptText(s.Attempts) },
        CompletionRule c => new(c.Requirement == CompletionRequirement.Passed ? Passed : Completed, c.Activity.ToString(), string.Empty, string.Empty),
        ParticipationRule p => new(Participation, p.Activity.ToString(), string.Empty, string.Empty),
        MasteryRule m => new(Mastery, m.Outcome.ToString(), Number(m.MinLevel), string.Empty) { Attempt = AttemptText(m.Attempts) },
        RubricRule r => new(Rubric, r.Criterion.ToString(), Number(r.MinLevel), string.Empty) { Attempt = AttemptText(r.Attempts) },
        CredentialRule c => new(Credential, string.Empty, string.Empty, string.Empty) { DefinitionId = c.DefinitionId },
        _ => null,
    };

    private static string AttemptText(AttemptPolicy attempts) => attempts == AttemptPolicy.Latest ? Latest : string.Empty;

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The fraction as a percentage, shifted in decimal so <see cref="FractionOf"/> reads back the very same double.</summary>
    private static string PercentText(double fraction) =>
        decimal.TryParse(fraction.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? (exact * 100m).ToString("0.############################", CultureInfo.InvariantCulture)
            : (fraction * 100).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A percentage as a fraction, divided in decimal (70 → 0.7, 9.85 → 0.0985 exactly as typed).</summary>
    private static double FractionOf(string text, double parsed) =>
        decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent)
            ? double.Parse((percent / 100m).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : parsed / 100;
}
