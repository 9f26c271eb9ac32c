using System.Security.Cryptography;
using System.Text;

namespace Insignia.Core.Linked.Canonicalization;

/// <summary>
/// Lines written one after another as UTF-8 into one reusable buffer, then sorted and either hashed (first-degree
/// hash) or joined (the canonical N-Quads). UTF-8 byte order is code point order, so a plain (vectorized) byte
/// comparison sorts the lines as RDFC-1.0 requires, with no string per line.
/// </summary>
internal sealed class Utf8Lines
{
    private byte[] _bytes = new byte[4096];
    private int[] _ends = new int[64];
    private int[] _order = new int[64];
    private byte[] _sorted = [];
    private int _length;
    private int _count;

    /// <summary>Gets the size of the text buffer; a thread keeps the lines for its next use unless it became huge.</summary>
    public int Capacity => _bytes.Length;

    public void Clear()
    {
        _length = 0;
        _count = 0;
    }

    public void Append(byte value)
    {
        Ensure(1);
        _bytes[_length++] = value;
    }

    public void Append(ReadOnlySpan<byte> ascii)
    {
        Ensure(ascii.Length);
        ascii.CopyTo(_bytes.AsSpan(_length));
        _length += ascii.Length;
    }

    /// <summary>Appends text as UTF-8 (an unpaired surrogate becomes U+FFFD, as when the text is hashed).</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_length));
    }

    /// <summary>Ends the current line (its "\n" must already be written).</summary>
    public void EndLine()
    {
        if (_count == _ends.Length)
        {
            Array.Resize(ref _ends, _count * 2);
        }

        _ends[_count++] = _length;
    }

    /// <summary>Sorts the lines and hashes their concatenation, returned as lowercase hex.</summary>
    public string SortAndHash(RdfcHashAlgorithm algorithm)
    {
        Sort();
        return RdfcHasher.Hash(algorithm, CopySortedToScratch(skipRepeats: false));
    }

    /// <summary>Sorts the lines and writes the SHA-256 of their concatenation, a line equal to the previous one left out.</summary>
    public void SortAndHashDistinct(Span<byte> sha256)
    {
        Sort();
        SHA256.HashData(CopySortedToScratch(skipRepeats: true), sha256);
    }

    private ReadOnlySpan<byte> CopySortedToScratch(bool skipRepeats)
    {
        if (_sorted.Length < _length)
        {
            _sorted = new byte[_bytes.Length];
        }

        return _sorted.AsSpan(0, CopySorted(_sorted, skipRepeats));
    }

    /// <summary>Sorts the lines and joins them; a line equal to the previous one is left out.</summary>
    public byte[] SortAndJoinDistinct()
    {
        Sort();
        var joined = GC.AllocateUninitializedArray<byte>(_length);
        var written = CopySorted(joined, skipRepeats: true);
        return written == joined.Length ? joined : joined.AsSpan(0, written).ToArray();
    }

    private int CopySorted(Span<byte> destination, bool skipRepeats)
    {
        var written = 0;
        var previous = ReadOnlySpan<byte>.Empty;
        for (var i = 0; i < _count; i++)
        {
            var line = Line(_order[i]);
            if (skipRepeats && i > 0 && line.SequenceEqual(previous))
            {
                continue;
            }

            line.CopyTo(destination[written..]);
            written += line.Length;
            previous = line;
        }

        return written;
    }

    private void Sort()
    {
        if (_order.Length < _count)
        {
            _order = new int[_ends.Length];
        }

        for (var i = 0; i < _count; i++)
        {
            _order[i] = i;
        }

        LineSorter.Sort(_bytes, _ends, _order.AsSpan(0, _count));
    }

    private ReadOnlySpan<byte> Line(int index)
    {
        var start = index == 0 ? 0 : _ends[index - 1];
        return _bytes.AsSpan(start, _ends[index] - start);
    }

    private void Ensure(int extra)
    {
        if (_length + extra > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + extra));
        }
    }
}
