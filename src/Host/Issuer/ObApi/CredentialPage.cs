using System.Globalization;

namespace Insignia.Host.Issuer.ObApi;

/// <summary>The paging and filter of a getCredentials request (<c>limit</c>, <c>offset</c>, <c>since</c>).</summary>
internal sealed record CredentialPage(int Limit, int Offset, DateTimeOffset? Since)
{
    /// <summary>Reads the query; returns an error a client can act on when a value is out of range or malformed.</summary>
    public static (CredentialPage? Page, string? Error) Parse(IQueryCollection query)
    {
        var limit = ObApiConstants.DefaultLimit;
        if (query.TryGetValue("limit", out var rawLimit) && (!int.TryParse(rawLimit, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > ObApiConstants.MaxLimit))
        {
            return (null, $"limit must be a whole number from 1 to {ObApiConstants.MaxLimit}.");
        }

        var offset = 0;
        if (query.TryGetValue("offset", out var rawOffset) && !int.TryParse(rawOffset, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            return (null, "offset must be a whole number, 0 or more.");
        }

        DateTimeOffset? since = null;
        if (query.TryGetValue("since", out var rawSince))
        {
            if (!DateTimeOffset.TryParse(rawSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return (null, "since must be an ISO 8601 timestamp, e.g. 2026-01-31T00:00:00Z.");
            }

            since = parsed;
        }

        return (new CredentialPage(limit, offset, since), null);
    }

    /// <summary>The RFC 8288 Link header value: first, last, and prev/next where they exist.</summary>
    public string LinkHeader(HttpRequest request, int total)
    {
        var lastOffset = total == 0 ? 0 : (total - 1) / Limit * Limit;
        var links = new List<string> { Link(request, 0, "first"), Link(request, lastOffset, "last") };
        if (Offset + Limit < total)
        {
            links.Add(Link(request, Offset + Limit, "next"));
        }

        if (Offset > 0)
        {
            links.Add(Link(request, Math.Max(0, Offset - Limit), "prev"));
        }

        return string.Join(", ", links);
    }

    private string Link(HttpRequest request, int offset, string rel)
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"?limit={Limit}&offset={offset}");
        if (Since is { } since)
        {
            query += "&since=" + Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture));
        }

        return $"<{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{query}>; rel=\"{rel}\"";
    }
}
