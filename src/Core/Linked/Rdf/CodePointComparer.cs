namespace Insignia.Core.Linked.Rdf;

/// <summary>
/// Orders strings by Unicode code point, as RDFC-1.0 requires. Ordinal comparison orders UTF-16 code
/// units, which puts supplementary characters (surrogate pairs) before U+E000..U+FFFF; this fixes that.
/// </summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static readonly CodePointComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        return Compare(x.AsSpan(), y.AsSpan());
    }

    public static int Compare(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        var length = Math.Min(x.Length, y.Length);
        var common = x[..length].CommonPrefixLength(y[..length]);
        if (common == length)
        {
            return x.Length - y.Length;
        }

        return Weight(x[common]) - Weight(y[common]);
    }

    private static int Weight(char c) => c < 0xD800 ? c : c >= 0xE000 ? c - 0x800 : c + 0x2000;
}
