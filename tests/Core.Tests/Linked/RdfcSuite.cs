using System.Text.Json;
using Insignia.Testing;

namespace Insignia.Core.Tests.Linked;

/// <summary>Reads the W3C RDFC-1.0 test manifest in place.</summary>
internal static class RdfcSuite
{
    private static readonly Lazy<Dictionary<string, RdfcSuiteEntry>> LazyEntries = new(Load);

    public static string Directory => RepositoryPaths.SharedPath("standards", "rdf-canon", "tests");

    public static IReadOnlyDictionary<string, RdfcSuiteEntry> Entries => LazyEntries.Value;

    public static TheoryData<string> Ids(string type)
    {
        var data = new TheoryData<string>();
        foreach (var entry in Entries.Values.Where(e => e.Type == type))
        {
            data.Add(entry.Id);
        }

        return data;
    }

    private static Dictionary<string, RdfcSuiteEntry> Load()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "manifest.jsonld")));
        var entries = new Dictionary<string, RdfcSuiteEntry>(StringComparer.Ordinal);
        foreach (var item in manifest.RootElement.GetProperty("entries").EnumerateArray())
        {
            var id = item.GetProperty("id").GetString()!.TrimStart('#');
            entries.Add(id, new RdfcSuiteEntry(
                id,
                item.GetProperty("type").GetString()!,
                Path.Combine(Directory, item.GetProperty("action").GetString()!),
                item.TryGetProperty("result", out var result) ? Path.Combine(Directory, result.GetString()!) : null,
                item.TryGetProperty("hashAlgorithm", out var hash) ? hash.GetString() : null));
        }

        return entries;
    }
}
