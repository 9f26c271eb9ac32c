using System.Buffers;
using System.Text;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Linked.Canonicalization;

/// <summary>
/// Lines written one after another into a <see cref="StringBuilder"/>, sorted in code point order without
/// allocating a string per line: then either concatenated (the canonical N-Quads) or hashed (first-degree hash).
/// </summary>
internal sealed class SortedLines : IDisposable
{
    private readonly char[] _text;
    private readonly int[] _starts;
    private readonly int[] _lengths;

    /// <param name="builder">The lines, each ending in "\n".</param>
    /// <param name="ends">The end offset of each line in <paramref name="builder"/>, in writing order.</param>
    public SortedLines(StringBuilder builder, List<int> ends)
    {
        _text = ArrayPool<char>.Shared.Rent(Math.Max(builder.Length, 1));
        builder.CopyTo(0, _text, builder.Length);
        Order = new int[ends.Count];
        _starts = new int[ends.Count];
        _lengths = new int[ends.Count];
        for (var i = 0; i < ends.Count; i++)
        {
            Order[i] = i;
            _starts[i] = i == 0 ? 0 : ends[i - 1];
            _lengths[i] = ends[i] - _starts[i];
        }

        var text = _text.AsSpan(0, builder.Length);
        var hasSurrogates = text.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
        Order.AsSpan().Sort(new LineComparer(_text, _starts, _lengths, hasSurrogates));
    }

    /// <summary>Gets the writing-order index of each line, in sorted order.</summary>
    public int[] Order { get; }

    /// <summary>Joins the lines in sorted order; with <paramref name="skipRepeats"/>, a line equal to the previous one is left out.</summary>
    public string Concatenate(bool skipRepeats)
    {
        var keep = new bool[Order.Length];
        var total = 0;
        var previous = -1;
        for (var i = 0; i < Order.Length; i++)
        {
            var index = Order[i];
            if (!skipRepeats || previous < 0 || !Line(index).SequenceEqual(Line(previous)))
            {
                keep[i] = true;
                total += _lengths[index];
            }

            previous = index;
        }

        return string.Create(total, (Lines: this, Keep: keep), static (span, state) =>
        {
            var order = state.Lines.Order;
            for (var i = 0; i < order.Length; i++)
            {
                if (state.Keep[i])
                {
                    var line = state.Lines.Line(order[i]);
                    line.CopyTo(span);
                    span = span[line.Length..];
                }
            }
        });
    }

    public string Hash(RdfcHashAlgorithm algorithm)
    {
        var total = 0;
        foreach (var length in _lengths)
        {
            total += length;
        }

        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(total));
        try
        {
            var written = 0;
            foreach (var index in Order)
            {
                written += Encoding.UTF8.GetBytes(Line(index), bytes.AsSpan(written));
            }

            return RdfcHasher.Hash(algorithm, bytes.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public void Dispose() => ArrayPool<char>.Shared.Return(_text);

    private ReadOnlySpan<char> Line(int index) => _text.AsSpan(_starts[index], _lengths[index]);

    /// <summary>
    /// Compares two lines by code point; plain ordinal (UTF-16) comparison gives the same order when no line
    /// contains a surrogate pair, and is the faster path. A struct, so the sort calls it without a delegate.
    /// </summary>
    private readonly struct LineComparer(char[] text, int[] starts, int[] lengths, bool hasSurrogates) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var a = text.AsSpan(starts[x], lengths[x]);
            var b = text.AsSpan(starts[y], lengths[y]);
            return hasSurrogates ? CodePointComparer.Compare(a, b) : a.SequenceCompareTo(b);
        }
    }
}
