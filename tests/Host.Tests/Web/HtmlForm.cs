using System.Net;
using System.Text.RegularExpressions;

namespace Insignia.Host.Tests.Web;

/// <summary>
/// Reads the fields a browser would submit from a server-rendered form: named inputs (checkboxes only when checked),
/// textareas, and each select's selected option (or its first option, as browsers do). Buttons are left out.
/// </summary>
internal static partial class HtmlForm
{
    public static List<KeyValuePair<string, string>> Fields(string html, string formId)
    {
        var start = html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new List<(int Position, string Name, string Value)>();
        foreach (Match input in Input().Matches(form))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            var type = Attribute(tag, "type") ?? "text";
            if (name is not null && (type != "checkbox" || tag.Contains(" checked", StringComparison.Ordinal)))
            {
                fields.Add((input.Index, name, Attribute(tag, "value") ?? string.Empty));
            }
        }

        foreach (Match area in TextArea().Matches(form))
        {
            fields.Add((area.Index, Attribute(area.Groups[1].Value, "name")!, WebUtility.HtmlDecode(area.Groups[2].Value)));
        }

        foreach (Match select in Select().Matches(form))
        {
            var options = Option().Matches(select.Groups[2].Value);
            var chosen = options.FirstOrDefault(o => o.Groups[2].Success) ?? options.FirstOrDefault();
            fields.Add((select.Index, select.Groups[1].Value, chosen is null ? string.Empty : WebUtility.HtmlDecode(chosen.Groups[1].Value)));
        }

        return [.. fields.OrderBy(f => f.Position).Select(f => new KeyValuePair<string, string>(f.Name, f.Value))];
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<select\\b[^>]*\\sname=\"([^\"]*)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option value=\"([^\"]*)\"( selected)?>")]
    private static partial Regex Option();
}
