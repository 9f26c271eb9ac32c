using System.Buffers;
using System.Text;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>RFC 3986 section 5.2 reference resolution (no normalization), and IRI shape tests.</summary>
internal static class IriResolver
{
    private static readonly SearchValues<char> NotInIri = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F <>\"{}|\\^`");

    /// <summary>Resolves a reference against a base IRI; with no base the reference is returned unchanged.</summary>
    public static string Resolve(string? baseIri, string reference)
    {
        if (baseIri is null)
        {
            return reference;
        }

        var r = IriParts.Parse(reference);
        if (r.Scheme is not null)
        {
            return r.WithPath(RemoveDotSegments(r.Path)).ToString();
        }

        var b = IriParts.Parse(baseIri);
        string path;
        string? query;
        string? authority;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = RemoveDotSegments(r.Path[0] == '/' ? r.Path : Merge(b, r.Path));
                query = r.Query;
            }
        }

        return new IriParts(b.Scheme, authority, path, query, r.Fragment).ToString();
    }

    /// <summary>True when the value starts with a scheme ("http:", "urn:", "_:" is not a scheme).</summary>
    public static bool IsAbsolute(string value)
    {
        if (value.Length < 2 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':')
            {
                return true;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not '+' and not '-' and not '.')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An absolute IRI without characters an IRI may not contain (spaces, angle brackets, controls...).</summary>
    public static bool IsWellFormedAbsolute(string value)
    {
        if (!IsAbsolute(value))
        {
            return false;
        }

        if (value.AsSpan().IndexOfAny(NotInIri) >= 0)
        {
            return false;
        }

        var hash = value.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 || value.IndexOf('#', hash + 1) < 0;
    }

    private static string Merge(IriParts b, string relativePath)
    {
        if (b.Authority is not null && b.Path.Length == 0)
        {
            return "/" + relativePath;
        }

        var slash = b.Path.LastIndexOf('/');
        return slash < 0 ? relativePath : string.Concat(b.Path.AsSpan(0, slash + 1), relativePath);
    }

    private static string RemoveDotSegments(string path)
    {
        if (!path.Contains('.', StringComparison.Ordinal))
        {
            return path;
        }

        var input = path;
        var output = new StringBuilder(path.Length);
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal))
            {
                input = input[3..];
            }
            else if (input.StartsWith("./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input.StartsWith("/./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input == "/.")
            {
                input = "/";
            }
            else if (input.StartsWith("/../", StringComparison.Ordinal) || input == "/..")
            {
                input = input.Length == 3 ? "/" : input[3..];
                RemoveLastSegment(output);
            }
            else if (input is "." or "..")
            {
                input = string.Empty;
            }
            else
            {
                var next = input.IndexOf('/', input[0] == '/' ? 1 : 0);
                var segment = next < 0 ? input : input[..next];
                output.Append(segment);
                input = input[segment.Length..];
            }
        }

        return output.ToString();
    }

    private static void RemoveLastSegment(StringBuilder output)
    {
        var text = output.ToString();
        var slash = text.LastIndexOf('/');
        output.Length = slash < 0 ? 0 : slash;
    }
}
