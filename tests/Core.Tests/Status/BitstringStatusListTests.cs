using System.Buffers.Text;
using System.IO.Compression;
using Insignia.Core.Status;

namespace Insignia.Core.Tests.Status;

public sealed class BitstringStatusListTests
{
    [Fact]
    public void Read_IndexZero_IsTheMostSignificantBitOfTheFirstByte()
    {
        var bits = new byte[BitstringStatusList.MinimumBits / 8];
        bits[0] = 0b1000_0000;
        bits[1] = 0b0000_0001;

        Assert.Equal((1, 0, 1, 0), (BitstringStatusList.Read(bits, 0)!.Value, BitstringStatusList.Read(bits, 1)!.Value, BitstringStatusList.Read(bits, 15)!.Value, BitstringStatusList.Read(bits, 14)!.Value));
    }

    [Fact]
    public void Read_TwoBitStatus_ReadsBothBitsInOrder()
    {
        var bits = new byte[BitstringStatusList.MinimumBits / 8];
        bits[0] = 0b0010_0000; // entry 1 of size 2 covers bits 2 and 3: "10"

        Assert.Equal((0, 2), (BitstringStatusList.Read(bits, 0, 2)!.Value, BitstringStatusList.Read(bits, 1, 2)!.Value));
    }

    [Fact]
    public void Read_PastTheEnd_IsNull()
    {
        var bits = new byte[BitstringStatusList.MinimumBits / 8];

        Assert.Null(BitstringStatusList.Read(bits, BitstringStatusList.MinimumBits));
    }

    [Fact]
    public void Decode_EncodedList_RoundTripsTheBits()
    {
        var bits = new byte[BitstringStatusList.MinimumBits / 8];
        bits[12_345] = 0x42;

        var (decoded, problem) = BitstringStatusList.Decode(Encode(bits));

        Assert.Null(problem);
        Assert.Equal(bits, decoded);
    }

    [Fact]
    public void Decode_ShorterThanTheSpecMinimum_IsRefused()
    {
        var (decoded, problem) = BitstringStatusList.Decode(Encode(new byte[1024]));

        Assert.Null(decoded);
        Assert.Contains("131072", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_GzipBomb_IsRefusedWithoutExpandingIt()
    {
        var (decoded, problem) = BitstringStatusList.Decode(Encode(new byte[BitstringStatusList.MaximumBytes + 1]));

        Assert.Null(decoded);
        Assert.Contains("MiB", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("zabc")]
    [InlineData("u***")]
    [InlineData("uAAAA")]
    public void Decode_Malformed_ExplainsTheProblem(string encoded)
    {
        var (decoded, problem) = BitstringStatusList.Decode(encoded);

        Assert.Null(decoded);
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    private static string Encode(byte[] bits)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bits);
        }

        return "u" + Base64Url.EncodeToString(compressed.ToArray());
    }
}
