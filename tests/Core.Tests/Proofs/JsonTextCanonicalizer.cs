using System.Text;
using System.Text.Json.Nodes;
using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs;

/// <summary>
/// A deterministic stand-in for RDFC-1.0 (keys sorted, one line per leaf value) so that sign/verify round
/// trips and tamper checks run before the real canonicalizer lands. It is not RDF and proves nothing about it.
/// </summary>
internal sealed class JsonTextCanonicalizer : IRdfCanonicalizer
{
    public string Canonicalize(JsonObject document, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        Write(text, "$", document);
        return text.ToString();
    }

    private static void Write(StringBuilder text, string path, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    Write(text, path + "." + name, value);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Write(text, path + "[" + i + "]", array[i]);
                }

                break;
            default:
                text.Append(path).Append(' ').Append(node?.ToJsonString() ?? "null").Append('\n');
                break;
        }
    }
}
