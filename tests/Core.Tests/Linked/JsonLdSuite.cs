using System.Text.Json;
using Insignia.Core.Linked.JsonLd;
using Insignia.Testing;

namespace Insignia.Core.Tests.Linked;

/// <summary>Reads a W3C JSON-LD 1.1 test manifest (toRdf or expand) in place, and its list of excluded tests.</summary>
internal sealed class JsonLdSuite
{
    public const string BaseUrl = "https://w3c.github.io/json-ld-api/tests/";

    private readonly string _name;
    private readonly Lazy<Dictionary<string, JsonLdSuiteEntry>> _entries;
    private readonly Lazy<Dictionary<string, string>> _exclusions;

    private JsonLdSuite(string name)
    {
        _name = name;
        _entries = new(() => Load(name));
        _exclusions = new(() => LoadExclusions(name));
    }

    public static JsonLdSuite ToRdf { get; } = new("toRdf");

    public static JsonLdSuite Expand { get; } = new("expand");

    public static string Directory => RepositoryPaths.SharedPath("standards", "json-ld-api", "tests");

    public static SuiteDocumentLoader Loader { get; } = new(BaseUrl, Directory);

    public IReadOnlyDictionary<string, JsonLdSuiteEntry> Entries => _entries.Value;

    public IEnumerable<TheoryDataRow<string>> Rows(Func<JsonLdSuiteEntry, bool> filter) =>
        Entries.Values.Where(filter).Select(e => new TheoryDataRow<string>(e.Id)
        {
            Skip = _exclusions.Value.TryGetValue(e.Id, out var reason) ? reason : null,
            TestDisplayName = $"{_name} {e.Id}: {e.Name}",
        });

    public static JsonLdOptions OptionsFor(JsonLdSuiteEntry entry)
    {
        var options = new JsonLdOptions { DocumentLoader = Loader };
        if (entry.Options.TryGetValue("base", out var baseIri))
        {
            options = options with { Base = (string)baseIri! };
        }

        if (entry.Options.TryGetValue("processingMode", out var mode) && (string?)mode == "json-ld-1.0")
        {
            options = options with { ProcessingMode = JsonLdProcessingMode.JsonLd10 };
        }

        if (entry.Options.TryGetValue("rdfDirection", out var direction))
        {
            options = options with
            {
                RdfDirection = (string?)direction == "i18n-datatype" ? RdfDirectionMode.I18nDatatype : RdfDirectionMode.CompoundLiteral,
            };
        }

        if (entry.Options.TryGetValue("expandContext", out var expandContext))
        {
            options = options with { ExpandContext = Loader.Load(BaseUrl + (string)expandContext!).Document };
        }

        return options;
    }

    private static Dictionary<string, JsonLdSuiteEntry> Load(string name)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + "-manifest.jsonld")));
        var entries = new Dictionary<string, JsonLdSuiteEntry>(StringComparer.Ordinal);
        foreach (var item in manifest.RootElement.GetProperty("sequence").EnumerateArray())
        {
            var types = item.GetProperty("@type").EnumerateArray().Select(t => t.GetString()).ToList();
            var options = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (item.TryGetProperty("option", out var option))
            {
                foreach (var property in option.EnumerateObject())
                {
                    options[property.Name] = JsonValueModel.FromElement(property.Value);
                }
            }

            var id = item.GetProperty("@id").GetString()!.TrimStart('#');
            entries.Add(id, new JsonLdSuiteEntry(
                id,
                item.GetProperty("name").GetString() ?? id,
                types.Contains("jld:NegativeEvaluationTest"),
                types.Contains("jld:PositiveSyntaxTest"),
                item.GetProperty("input").GetString()!,
                item.TryGetProperty("expect", out var expect) ? expect.GetString() : null,
                item.TryGetProperty("expectErrorCode", out var code) ? code.GetString() : null,
                options));
        }

        return entries;
    }

    private static Dictionary<string, string> LoadExclusions(string name)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "Core.Tests", "Linked", name + "-exclusions.txt");
        var exclusions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
            exclusions.Add(trimmed[..space], trimmed[(space + 1)..].Trim());
        }

        return exclusions;
    }
}
