using System.Text.Json.Nodes;
using Insignia.Testing;

namespace Insignia.Adapters.Moodle.Tests.Infrastructure;

/// <summary>Reads the shared Moodle fixtures in place (real 4.3 captures, and the docs-derived cases).</summary>
internal static class MoodleFixtureFiles
{
    public static string Captured(string name) =>
        File.ReadAllText(RepositoryPaths.SharedPath("fixtures", "moodle-4.3", name + ".json"));

    public static string Docs(string name) =>
        File.ReadAllText(RepositoryPaths.SharedPath("fixtures", "moodle-docs", name + ".json"));

    public static JsonNode CapturedNode(string name) => JsonNode.Parse(Captured(name))!;

    public static JsonNode DocsNode(string name) => JsonNode.Parse(Docs(name))!;
}
