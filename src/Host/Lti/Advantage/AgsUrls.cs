namespace Insignia.Host.Lti.Advantage;

/// <summary>
/// Builds service URLs from a line item URL. The URL may carry a query string (Moodle:
/// <c>…/lineitems/7/lineitem?type_id=2</c>); <c>/scores</c> and <c>/results</c> go into the path, the query stays.
/// </summary>
internal static class AgsUrls
{
    public static Uri WithPathSegment(string lineItemUrl, string segment)
    {
        var builder = new UriBuilder(lineItemUrl);
        builder.Path = builder.Path.TrimEnd('/') + "/" + segment;
        return builder.Uri;
    }

    public static Uri WithQuery(string url, string name, string value)
    {
        var builder = new UriBuilder(url);
        var pair = $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}";
        builder.Query = string.IsNullOrEmpty(builder.Query) ? pair : $"{builder.Query.TrimStart('?')}&{pair}";
        return builder.Uri;
    }
}
