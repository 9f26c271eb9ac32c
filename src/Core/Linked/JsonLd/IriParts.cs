using System.Text;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>The five components of an IRI reference (RFC 3986 appendix B); absent components are null.</summary>
internal readonly record struct IriParts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment)
{
    public static IriParts Parse(string value)
    {
        string? fragment = null;
        var hash = value.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = value[(hash + 1)..];
            value = value[..hash];
        }

        string? query = null;
        var question = value.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = value[(question + 1)..];
            value = value[..question];
        }

        string? scheme = null;
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && value.AsSpan(0, colon).IndexOfAny('/', '?') < 0)
        {
            scheme = value[..colon];
            value = value[(colon + 1)..];
        }

        string? authority = null;
        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            var end = value.IndexOf('/', 2);
            authority = end < 0 ? value[2..] : value[2..end];
            value = end < 0 ? string.Empty : value[end..];
        }

        return new IriParts(scheme, authority, value, query, fragment);
    }

    public IriParts WithPath(string path) => this with { Path = path };

    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Scheme is not null)
        {
            builder.Append(Scheme).Append(':');
        }

        if (Authority is not null)
        {
            builder.Append("//").Append(Authority);
        }

        builder.Append(Path);
        if (Query is not null)
        {
            builder.Append('?').Append(Query);
        }

        if (Fragment is not null)
        {
            builder.Append('#').Append(Fragment);
        }

        return builder.ToString();
    }
}
