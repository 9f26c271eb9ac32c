using System.Globalization;
using System.Text;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Course;

/// <summary>
/// The rule builder as nested fieldsets: each group chooses all / any / at least n, each requirement its kind, activity
/// (or credential), threshold, unit and attempt. Add and remove are submit buttons, so it works without script.
/// </summary>
internal static class RuleBuilderHtml
{
    public static string Render(UiRequest ui, DefinitionFormModel model, RuleChoices choices)
    {
        var html = new StringBuilder("<div id=\"rule-builder\">");
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"bare\" value=\"{(model.Bare ? "1" : "0")}\">");
        Group(html, ui, model.Rule, string.Empty, choices);
        return html.Append("</div>").ToString();
    }

    private static void Group(StringBuilder html, UiRequest ui, RuleNode group, string path, RuleChoices choices)
    {
        var root = path.Length == 0;
        var label = RuleNode.Label(path);
        var legend = root ? ui.T("Regla con las actividades del curso", "Rule from the course's activities") : ui.T($"Grupo {label}", $"Group {label}");
        var combineName = root ? "combine" : $"{path}.combine";
        var countName = root ? "count" : $"{path}.count";
        html.Append(CultureInfo.InvariantCulture, $"<fieldset class=\"group\" data-path=\"{E(path)}\"><legend>{E(legend)}</legend>");
        if (!root)
        {
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{path}.kind\" value=\"{RuleNode.GroupKind}\">");
        }

        html.Append("<p>").Append(DefinitionFormPage.Select(combineName, root ? ui.T("La persona debe cumplir", "The learner must meet") : ui.T($"En el grupo {label}, cumplir", $"In group {label}, meet"), group.Combine,
            [(RuleNode.All, ui.T("todos los requisitos", "all requirements")), (RuleNode.Any, ui.T("cualquiera de los requisitos", "any requirement")), (RuleNode.AtLeast, ui.T("al menos n requisitos", "at least n requirements"))], hiddenLabel: true));
        html.Append(CultureInfo.InvariantCulture, $" <label for=\"{countName}\">{E(ui.T("n =", "n ="))}</label> <input id=\"{countName}\" name=\"{countName}\" inputmode=\"numeric\" size=\"3\" value=\"{E(group.Count)}\"></p><ul style=\"list-style: none; padding-left: 1rem\">");
        for (var i = 0; i < group.Children.Count; i++)
        {
            var child = group.Children[i];
            var childPath = RuleNode.ChildPath(path, i);
            html.Append("<li>");
            if (child.IsGroup)
            {
                Group(html, ui, child, childPath, choices);
            }
            else
            {
                Leaf(html, ui, child.Leaf!, childPath, choices);
            }

            html.Append("</li>");
        }

        var target = root ? "root" : path;
        html.Append(CultureInfo.InvariantCulture, $"</ul><p>{Button(RuleForm.AddLeaf + target, ui.T("Agregar requisito", "Add requirement") + (root ? string.Empty : $" ({label})"))} {Button(RuleForm.AddGroup + target, ui.T("Agregar grupo", "Add group") + (root ? string.Empty : $" ({label})"))}");
        if (!root)
        {
            html.Append(' ').Append(Button(RuleForm.Remove + path, ui.T($"Quitar el grupo {label}", $"Remove group {label}")));
        }

        html.Append("</p></fieldset>");
    }

    private static void Leaf(StringBuilder html, UiRequest ui, RuleRow row, string path, RuleChoices choices)
    {
        var label = RuleNode.Label(path);
        var kinds = new List<(string, string)> { (string.Empty, RuleRow.KindLabel(ui.Language, string.Empty)) };
        kinds.AddRange(RuleRow.Kinds.Select(k => (k, RuleRow.KindLabel(ui.Language, k))));
        var activities = new List<(string, string)> { (string.Empty, ui.T("(elija)", "(choose)")) };
        activities.AddRange(choices.Activities.Select(a => (a.Key.ToString(), DefinitionFormPage.Describe(ui, a))));
        var credentials = new List<(string, string)> { (string.Empty, ui.T("(elija)", "(choose)")) };
        credentials.AddRange(choices.Credentials.Select(c => (c.Id, c.Name)));
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"req\" data-path=\"{E(path)}\"><strong>{E(label)}</strong> ");
        html.Append(DefinitionFormPage.Select($"{path}.kind", ui.T($"Requisito {label}", $"Requirement {label}"), row.Kind, kinds, hiddenLabel: true)).Append(' ');
        html.Append(DefinitionFormPage.Select($"{path}.activity", ui.T($"Actividad del requisito {label}", $"Activity of requirement {label}"), row.Activity, activities, hiddenLabel: true)).Append(' ');
        html.Append(CultureInfo.InvariantCulture, $"<label class=\"sr-only\" for=\"{path}.min\">{E(ui.T($"Umbral del requisito {label}", $"Threshold of requirement {label}"))}</label><input id=\"{path}.min\" name=\"{path}.min\" inputmode=\"decimal\" size=\"6\" value=\"{E(row.Min)}\"> ");
        html.Append(DefinitionFormPage.Select($"{path}.unit", ui.T($"Unidad del requisito {label}", $"Unit of requirement {label}"), row.Unit, [(RuleRow.Percent, "%"), (RuleRow.Points, ui.T("puntos", "points"))], hiddenLabel: true)).Append(' ');
        html.Append(DefinitionFormPage.Select($"{path}.attempt", ui.T($"Intento que cuenta en el requisito {label}", $"Attempt that counts in requirement {label}"), row.Attempt,
            [(string.Empty, ui.T("mejor intento", "best attempt")), (RuleRow.Latest, ui.T("último intento", "latest attempt"))], hiddenLabel: true)).Append(' ');
        html.Append(DefinitionFormPage.Select($"{path}.credential", ui.T($"Credencial que exige el requisito {label}", $"Credential required by requirement {label}"), row.DefinitionId, credentials, hiddenLabel: true)).Append(' ');
        html.Append(Button(RuleForm.Remove + path, ui.T($"Quitar el requisito {label}", $"Remove requirement {label}"))).Append("</div>");
    }

    private static string Button(string action, string text) =>
        $"<button type=\"submit\" name=\"action\" value=\"{E(action)}\" formnovalidate class=\"structure\">{E(text)}</button>";
}
