namespace Insignia.Core.Linked.Canonicalization;

/// <summary>
/// Sorts lines (byte spans given by their end offsets) in byte order with a multikey (three-way radix) quicksort.
/// N-Quads lines share long subject and predicate prefixes; a comparison sort compares those prefixes again at every
/// step, while this one looks at each byte position of a group once and skips a prefix the whole group shares.
/// Every line ends in "\n", which occurs nowhere else in a line, so no line is a proper prefix of another.
/// </summary>
internal static class LineSorter
{
    private const int InsertionSortBelow = 12;

    /// <summary>Nesting beyond this (hostile input) falls back to a comparison sort, so the stack stays small.</summary>
    public const int DefaultMaxNesting = 64;

    /// <param name="bytes">The lines, one after another.</param>
    /// <param name="ends">The end offset of each line in <paramref name="bytes"/>.</param>
    /// <param name="order">The line indices to sort; sorted in place.</param>
    /// <param name="maxNesting">Recursion depth beyond which a comparison sort takes over (tests lower it).</param>
    public static void Sort(byte[] bytes, int[] ends, Span<int> order, int maxNesting = DefaultMaxNesting) => Sort(bytes, ends, order, 0, 0, maxNesting);

    private static void Sort(byte[] bytes, int[] ends, Span<int> order, int depth, int nesting, int maxNesting)
    {
        while (order.Length > 1)
        {
            if (order.Length < InsertionSortBelow)
            {
                InsertionSort(bytes, ends, order, depth);
                return;
            }

            if (nesting > maxNesting)
            {
                order.Sort(new SuffixComparer(bytes, ends, depth));
                return;
            }

            depth += SharedPrefix(bytes, ends, order, depth);
            var pivot = At(bytes, ends, order[order.Length / 2], depth);
            var less = 0;
            var greater = order.Length;
            var i = 0;
            while (i < greater)
            {
                var value = At(bytes, ends, order[i], depth);
                if (value < pivot)
                {
                    (order[less], order[i]) = (order[i], order[less]);
                    less++;
                    i++;
                }
                else if (value > pivot)
                {
                    greater--;
                    (order[greater], order[i]) = (order[i], order[greater]);
                }
                else
                {
                    i++;
                }
            }

            Sort(bytes, ends, order[..less], depth, nesting + 1, maxNesting);
            Sort(bytes, ends, order[greater..], depth, nesting + 1, maxNesting);
            if (pivot < 0)
            {
                return;
            }

            order = order[less..greater];
            depth++;
        }
    }

    /// <summary>The number of bytes from <paramref name="depth"/> on that every line of the group shares with the first.</summary>
    private static int SharedPrefix(byte[] bytes, int[] ends, Span<int> order, int depth)
    {
        var first = Suffix(bytes, ends, order[0], depth);
        var shared = first.Length;
        for (var i = 1; i < order.Length && shared > 0; i++)
        {
            shared = first[..shared].CommonPrefixLength(Suffix(bytes, ends, order[i], depth));
        }

        return shared;
    }

    private static void InsertionSort(byte[] bytes, int[] ends, Span<int> order, int depth)
    {
        for (var i = 1; i < order.Length; i++)
        {
            var current = order[i];
            var line = Suffix(bytes, ends, current, depth);
            var j = i - 1;
            while (j >= 0 && Suffix(bytes, ends, order[j], depth).SequenceCompareTo(line) > 0)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = current;
        }
    }

    /// <summary>The byte at <paramref name="depth"/> in a line, or -1 past its end.</summary>
    private static int At(byte[] bytes, int[] ends, int line, int depth)
    {
        var start = line == 0 ? 0 : ends[line - 1];
        var position = start + depth;
        return position < ends[line] ? bytes[position] : -1;
    }

    private static ReadOnlySpan<byte> Suffix(byte[] bytes, int[] ends, int line, int depth)
    {
        var start = line == 0 ? 0 : ends[line - 1];
        var length = ends[line] - start;
        return depth >= length ? [] : bytes.AsSpan(start + depth, length - depth);
    }

    /// <summary>A struct, so the fallback sort calls it without a delegate.</summary>
    private readonly struct SuffixComparer(byte[] bytes, int[] ends, int depth) : IComparer<int>
    {
        public int Compare(int x, int y) => Suffix(bytes, ends, x, depth).SequenceCompareTo(Suffix(bytes, ends, y, depth));
    }
}
