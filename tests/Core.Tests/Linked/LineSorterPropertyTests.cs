using CsCheck;
using Insignia.Core.Linked.Canonicalization;

namespace Insignia.Core.Tests.Linked;

/// <summary>
/// The multikey line sort orders lines exactly as an ordinal byte comparison does, on many lines sharing long
/// prefixes (the case it is built for), and also when the nesting limit hands groups to the comparison sort.
/// </summary>
public sealed class LineSorterPropertyTests
{
    private static readonly string[] Parts = ["<https://purl.example/vocab#", "a", "b", "_:c14n1", "_:c14n10", " ", "\u00e9", "\U0001F393", "\uE000"];

    private static readonly Gen<byte[]> Line = Gen.Int[0, Parts.Length - 1].Array[0, 8]
        .Select(parts => System.Text.Encoding.UTF8.GetBytes(string.Concat(parts.Select(i => Parts[i])) + " .\n"));

    [Theory]
    [InlineData(LineSorter.DefaultMaxNesting)]
    [InlineData(0)]
    [InlineData(2)]
    public void Sort_GeneratedLines_EqualsOrdinalByteOrder(int maxNesting)
    {
        Line.Array[0, 300].Sample(lines =>
        {
            var bytes = lines.SelectMany(line => line).ToArray();
            var ends = new int[lines.Length];
            var offset = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                offset += lines[i].Length;
                ends[i] = offset;
            }

            var order = Enumerable.Range(0, lines.Length).ToArray();
            LineSorter.Sort(bytes, ends, order, maxNesting);

            var expected = lines.Order(Comparer<byte[]>.Create((x, y) => x.AsSpan().SequenceCompareTo(y))).ToArray();
            Assert.Equal(expected, order.Select(i => lines[i]).ToArray());
        });
    }
}
