namespace Insignia.Host.Lti.Advantage;

/// <summary>Reads RFC 8288 <c>Link</c> headers: <c>&lt;url&gt;; rel="next"</c>.</summary>
internal static class LinkHeader
{
    public static string? Find(HttpResponseMessage response, string relation)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var link in values.SelectMany(SplitLinks))
        {
            var end = link.IndexOf('>', StringComparison.Ordinal);
            var start = link.IndexOf('<', StringComparison.Ordinal);
            if (start < 0 || end <= start)
            {
                continue;
            }

            var parameters = link[(end + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var rels = parameters.Where(p => p.StartsWith("rel=", StringComparison.OrdinalIgnoreCase))
                .SelectMany(p => p[4..].Trim('"').Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (rels.Contains(relation, StringComparer.OrdinalIgnoreCase))
            {
                return link[(start + 1)..end];
            }
        }

        return null;
    }

    /// <summary>Splits on commas outside &lt;…&gt;, since URLs may contain commas.</summary>
    private static IEnumerable<string> SplitLinks(string header)
    {
        var depth = 0;
        var from = 0;
        for (var i = 0; i < header.Length; i++)
        {
            depth += header[i] switch { '<' => 1, '>' => -1, _ => 0 };
            if (header[i] == ',' && depth == 0)
            {
                yield return header[from..i].Trim();
                from = i + 1;
            }
        }

        yield return header[from..].Trim();
    }
}
