using System.Collections.Concurrent;
using Insignia.Core.Linked;
using Insignia.Core.Linked.JsonLd;

namespace Insignia.Core.Tests.Linked;

/// <summary>The W3C test runner's loader: serves https://w3c.github.io/json-ld-api/tests/ from the suite on disk.</summary>
internal sealed class SuiteDocumentLoader(string urlPrefix, string directory) : IJsonLdDocumentLoader
{
    private readonly ConcurrentDictionary<string, RemoteDocument> _cache = new(StringComparer.Ordinal);

    public RemoteDocument Load(string url)
    {
        var withoutFragment = url.Split('#')[0];
        var path = withoutFragment.StartsWith(urlPrefix, StringComparison.Ordinal)
            ? Path.Combine(directory, withoutFragment[urlPrefix.Length..])
            : null;
        if (path is null || !File.Exists(path))
        {
            throw new JsonLdException(JsonLdErrorCode.LoadingRemoteContextFailed, $"The test suite has no document {url}.");
        }

        return _cache.GetOrAdd(withoutFragment, u => new RemoteDocument(u, JsonValueModel.Parse(File.ReadAllText(path))));
    }
}
