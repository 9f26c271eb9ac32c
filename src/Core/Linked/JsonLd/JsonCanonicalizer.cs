using System.Text;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>JSON Canonicalization Scheme (RFC 8785) over the JSON value model; used for rdf:JSON literals.</summary>
internal static class JsonCanonicalizer
{
    private const string HexDigits = "0123456789abcdef";

    public static string Canonicalize(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case double number:
                builder.Append(NumberFormat.ToEcmaScript(number));
                break;
            case string text:
                AppendString(builder, text);
                break;
            case List<object?> list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ",");
                    Append(builder, list[i]);
                }

                builder.Append(']');
                break;
            case Dictionary<string, object?> map:
                var keys = new string[map.Count];
                map.Keys.CopyTo(keys, 0);
                Array.Sort(keys, StringComparer.Ordinal);
                builder.Append('{');
                for (var i = 0; i < keys.Length; i++)
                {
                    builder.Append(i == 0 ? "" : ",");
                    AppendString(builder, keys[i]);
                    builder.Append(':');
                    Append(builder, map[keys[i]]);
                }

                builder.Append('}');
                break;
            default:
                throw new ArgumentException($"Unsupported JSON value type {value.GetType().Name}.", nameof(value));
        }
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u00").Append(HexDigits[c >> 4]).Append(HexDigits[c & 0xF]);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
