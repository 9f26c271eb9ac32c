namespace Insignia.Adapters.Canvas.Http;

/// <summary>
/// Reads <c>rel="next"</c> from Canvas's <c>Link</c> header (RFC 8288). The URL is used exactly as given: Canvas
/// pages with opaque bookmarks, so a page number is never computed here.
/// </summary>
internal static class CanvasLinkHeader
{
    public static Uri? FindNext(IEnumerable<string> headerValues, Uri? requestUri)
    {
        ArgumentNullException.ThrowIfNull(headerValues);
        foreach (var value in headerValues)
        {
            foreach (var (target, relations) in Parse(value))
            {
                if (relations.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("next", StringComparer.OrdinalIgnoreCase))
                {
                    return Resolve(target, requestUri);
                }
            }
        }

        return null;
    }

    private static Uri? Resolve(string target, Uri? requestUri)
    {
        // "/api/v1/..." parses as an absolute file: URI on Unix, so only http(s) counts as absolute here.
        if (Uri.TryCreate(target, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp))
        {
            return absolute;
        }

        return requestUri is not null && Uri.TryCreate(requestUri, target, out var relative) ? relative : null;
    }

    private static IEnumerable<(string Target, string Relations)> Parse(string value)
    {
        var position = 0;
        while (true)
        {
            var open = value.IndexOf('<', position);
            if (open < 0)
            {
                yield break;
            }

            var close = value.IndexOf('>', open + 1);
            if (close < 0)
            {
                yield break;
            }

            var nextLink = value.IndexOf('<', close + 1);
            var parameters = nextLink < 0 ? value[(close + 1)..] : value[(close + 1)..nextLink];
            yield return (value[(open + 1)..close].Trim(), ReadRel(parameters));
            position = close + 1;
        }
    }

    private static string ReadRel(string parameters)
    {
        foreach (var part in parameters.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part[..equals].Trim().Equals("rel", StringComparison.OrdinalIgnoreCase))
            {
                return part[(equals + 1)..].Trim().Trim('"');
            }
        }

        return string.Empty;
    }
}
