using System.Collections.Concurrent;
using System.Text.Json;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>
/// Serves the JSON-LD contexts embedded in Insignia.Core (see Linked/Contexts/manifest.json) and nothing else: a
/// credential that names any other context is refused, and nothing is ever fetched from the network.
/// </summary>
internal sealed class StaticDocumentLoader : IJsonLdDocumentLoader
{
    public static readonly StaticDocumentLoader Instance = new();

    private const string ResourcePrefix = "Insignia.Contexts.";
    private readonly Dictionary<string, string> _resourceByUrl;
    private readonly ConcurrentDictionary<string, RemoteDocument> _documents = new(StringComparer.Ordinal);

    private StaticDocumentLoader()
    {
        using var manifest = JsonDocument.Parse(ReadResource("manifest.json"));
        _resourceByUrl = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in manifest.RootElement.EnumerateObject())
        {
            _resourceByUrl.Add(entry.Name, entry.Value.GetString()!);
        }
    }

    /// <summary>Gets every context URL that is embedded.</summary>
    public IReadOnlyCollection<string> Urls => _resourceByUrl.Keys;

    public RemoteDocument Load(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (_documents.TryGetValue(url, out var cached))
        {
            return cached;
        }

        var text = LoadText(url);
        return _documents.GetOrAdd(url, new RemoteDocument(url, JsonValueModel.Parse(text)));
    }

    /// <summary>Returns the embedded context text, byte for byte as published.</summary>
    public string LoadText(string url)
    {
        if (!_resourceByUrl.TryGetValue(url, out var file))
        {
            throw new JsonLdException(
                JsonLdErrorCode.LoadingRemoteContextFailed,
                $"The context {url} is not available: only the JSON-LD contexts embedded in Insignia are allowed and nothing is fetched from the network.");
        }

        return ReadResource(file.Replace('/', '.'));
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(StaticDocumentLoader).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The embedded resource {ResourcePrefix}{name} is missing from Insignia.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
