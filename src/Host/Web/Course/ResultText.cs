using Insignia.Core.Criteria;

namespace Insignia.Host.Web.Course;

/// <summary>
/// Localised sentences for a decision's explanation, built from the structured <see cref="RuleResult"/> fields
/// (Required, Actual, Unit, TargetName), never by translating the English <see cref="RuleResult.Missing"/> text.
/// </summary>
internal static class ResultText
{
    /// <summary>One line per leaf that is not met: what is missing.</summary>
    public static IReadOnlyList<string> Missing(string language, RuleResult root)
    {
        var lines = new List<string>();
        Collect(language, root, lines);
        return lines;
    }

    /// <summary>What a leaf requires and what the learner has, e.g. "Quiz 3: 65% of the required 80%".</summary>
    public static string Leaf(string language, RuleResult leaf)
    {
        var name = leaf.TargetName ?? leaf.Target?.ToString() ?? leaf.Keyword;
        var t = (string es, string en) => UiLanguage.Pick(language, es, en);
        return leaf.Keyword switch
        {
            "score" or "mastery" or "rubric" when leaf.Required is { } required && leaf.Actual is { } actual =>
                $"{name}: {UiFormat.Value(language, actual, leaf.Unit)} {t("de", "of the required")} {UiFormat.Value(language, required, leaf.Unit)}{t(" requerido", string.Empty)}",
            "score" or "mastery" or "rubric" when leaf.Required is { } required =>
                $"{name}: {t("sin evidencia aún; se requiere", "no evidence yet; requires")} {UiFormat.Value(language, required, leaf.Unit)}",
            "completion" => $"{name}: {(leaf.Outcome == DecisionOutcome.Met ? t("completada", "completed") : t("no completada o no aprobada", "not completed or not passed"))}",
            "participation" => $"{name}: {(leaf.Outcome == DecisionOutcome.Met ? t("participó", "participated") : t("sin participación", "no participation"))}",
            "credential" => $"{t("Requiere la credencial", "Requires the credential")} {name}",
            _ => name,
        };
    }

    public static string Outcome(string language, DecisionOutcome? outcome) => outcome switch
    {
        DecisionOutcome.Met => UiLanguage.Pick(language, "Cumple", "Met"),
        DecisionOutcome.NotMet => UiLanguage.Pick(language, "Aún no cumple", "Not met yet"),
        _ => UiLanguage.Pick(language, "Pendiente", "Pending"),
    };

    public static string CssClass(DecisionOutcome? outcome) => outcome switch
    {
        DecisionOutcome.Met => "met",
        DecisionOutcome.NotMet => "notmet",
        _ => "pending",
    };

    private static void Collect(string language, RuleResult node, List<string> lines)
    {
        if (node.Outcome == DecisionOutcome.Met)
        {
            return;
        }

        if (node.Children.Count == 0)
        {
            lines.Add(Leaf(language, node));
            return;
        }

        if (node.Keyword is "any" or "atLeast")
        {
            var options = new List<string>();
            foreach (var child in node.Children.Where(c => c.Outcome != DecisionOutcome.Met))
            {
                Collect(language, child, options);
            }

            lines.Add(UiLanguage.Pick(language, "Una de estas opciones: ", "One of these options: ") + string.Join(" · ", options));
            return;
        }

        foreach (var child in node.Children)
        {
            Collect(language, child, lines);
        }
    }
}
