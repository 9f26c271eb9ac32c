using System.Globalization;
using System.Text;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Admin;

/// <summary>Form controls with their label and, right after the control, the field's error (linked by aria-describedby).</summary>
internal static class AdminForm
{
    public static string Input(string name, string label, string value, IReadOnlyDictionary<string, string> errors, string type = "text", string? hint = null, bool readOnly = false, bool required = false)
    {
        var html = new StringBuilder($"<p><label for=\"{name}\">{E(label)}</label><br>");
        var described = Described(name, errors, hint);
        html.Append(CultureInfo.InvariantCulture, $"<input id=\"{name}\" name=\"{name}\" type=\"{type}\" value=\"{E(value)}\" size=\"60\"{described}{(readOnly ? " readonly" : string.Empty)}{(required ? " required" : string.Empty)}{(errors.ContainsKey(name) ? " aria-invalid=\"true\"" : string.Empty)}>");
        return html.Append(Hint(name, hint)).Append(Error(name, errors)).Append("</p>").ToString();
    }

    public static string TextArea(string name, string label, string value, IReadOnlyDictionary<string, string> errors, string? hint = null)
    {
        var described = Described(name, errors, hint);
        return $"<p><label for=\"{name}\">{E(label)}</label><br><textarea id=\"{name}\" name=\"{name}\" rows=\"3\" cols=\"60\"{described}{(errors.ContainsKey(name) ? " aria-invalid=\"true\"" : string.Empty)}>{E(value)}</textarea>{Hint(name, hint)}{Error(name, errors)}</p>";
    }

    public static string Select(string name, string label, string selected, IReadOnlyList<(string Value, string Text)> options, IReadOnlyDictionary<string, string> errors)
    {
        var html = new StringBuilder($"<p><label for=\"{name}\">{E(label)}</label><br><select id=\"{name}\" name=\"{name}\"{Described(name, errors, null)}>");
        foreach (var (value, text) in options)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(value)}\"{(value == selected ? " selected" : string.Empty)}>{E(text)}</option>");
        }

        return html.Append("</select>").Append(Error(name, errors)).Append("</p>").ToString();
    }

    public static string Checkbox(string name, string label, bool value) =>
        $"<p><input type=\"checkbox\" id=\"{name}\" name=\"{name}\" value=\"true\"{(value ? " checked" : string.Empty)}> <label for=\"{name}\">{E(label)}</label></p>";

    /// <summary>A read-only URL to select and copy; the copy button appears only when the script runs.</summary>
    public static string CopyField(string id, string label, string url, string copyText) =>
        $"<p><label for=\"{id}\">{E(label)}</label><br><input id=\"{id}\" readonly value=\"{E(url)}\" size=\"70\"> <button type=\"button\" data-copy=\"{id}\" hidden>{E(copyText)}</button></p>";

    public static string ErrorSummary(AdminRequest ui, IReadOnlyDictionary<string, string> errors) => errors.Count == 0
        ? string.Empty
        : $"<div class=\"errors\" role=\"alert\"><p>{E(ui.T("Revise los campos marcados.", "Check the marked fields."))}</p><ul>{string.Concat(errors.Select(e => $"<li><a href=\"#{e.Key}\">{E(e.Value)}</a></li>"))}</ul></div>";

    private static string Described(string name, IReadOnlyDictionary<string, string> errors, string? hint)
    {
        var ids = new List<string>();
        if (hint is not null)
        {
            ids.Add($"{name}-hint");
        }

        if (errors.ContainsKey(name))
        {
            ids.Add($"{name}-error");
        }

        return ids.Count == 0 ? string.Empty : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    private static string Hint(string name, string? hint) => hint is null ? string.Empty : $"<br><small id=\"{name}-hint\">{E(hint)}</small>";

    private static string Error(string name, IReadOnlyDictionary<string, string> errors) =>
        errors.TryGetValue(name, out var message) ? $"<br><span class=\"notmet\" id=\"{name}-error\" data-error-for=\"{name}\">{E(message)}</span>" : string.Empty;
}
