using System.Text.Json;
using System.Text.Json.Nodes;
using Insignia.Adapters.Canvas.Api;
using Insignia.Testing;

namespace Insignia.Adapters.Canvas.Tests.Infrastructure;

/// <summary>Canvas bodies for tests: the shared fixtures read in place, and the constructed ones in Payloads/.</summary>
internal static class CanvasPayloads
{
    /// <summary>The host the shared fixtures' URLs use.</summary>
    public const string FixtureHost = "https://canvas.example.edu";

    public static string Shared(string name) => File.ReadAllText(RepositoryPaths.SharedPath("fixtures", "canvas", name));

    public static string Local(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name));

    public static T Read<T>(string body) => JsonSerializer.Deserialize<T>(body, CanvasJson.Options)
        ?? throw new InvalidOperationException("The payload is JSON null.");

    /// <summary>The recorded <c>Link</c> header of the first submissions page, pointed at <paramref name="baseUrl"/>.</summary>
    public static string RecordedLinkHeader(string baseUrl)
    {
        var headers = JsonNode.Parse(Shared("students_submissions_page1.headers.json"))!["headers"]!;
        return headers["Link"]!.GetValue<string>().Replace(FixtureHost, baseUrl, StringComparison.Ordinal);
    }

    /// <summary>The recorded <c>X-Request-Cost</c> of the first submissions page.</summary>
    public static string RecordedRequestCost() =>
        JsonNode.Parse(Shared("students_submissions_page1.headers.json"))!["headers"]!["X-Request-Cost"]!.GetValue<string>();

    /// <summary>
    /// The modules fixture with its items embedded, as <c>modules?include[]=items&amp;student_id=</c> returns them
    /// (the items fixture belongs to module 2001).
    /// </summary>
    public static string ModulesWithItems()
    {
        var modules = JsonNode.Parse(Shared("modules_for_student.json"))!.AsArray();
        var items = JsonNode.Parse(Shared("module_items_for_student.json"))!.AsArray();
        foreach (var module in modules)
        {
            var id = module!["id"]!.GetValue<long>();
            module["items"] = new JsonArray([.. items.Where(i => i!["module_id"]!.GetValue<long>() == id).Select(i => i!.DeepClone())]);
        }

        return modules.ToJsonString();
    }
}
