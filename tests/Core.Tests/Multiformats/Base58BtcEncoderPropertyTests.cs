using CsCheck;
using Insignia.Core.Multiformats;

namespace Insignia.Core.Tests.Multiformats;

/// <summary>The limb-based base58btc encoder agrees with SimpleBase's textbook encoder on any bytes.</summary>
public sealed class Base58BtcEncoderPropertyTests
{
    [Fact]
    public void Encode_GeneratedBytes_EqualsSimpleBase()
    {
        var bytes = Gen.Select(Gen.Int[0, 4], Gen.Byte.Array[0, 130], (zeros, rest) => new byte[zeros].Concat(rest).ToArray());

        bytes.Sample(value => Assert.Equal(SimpleBase.Base58.Bitcoin.Encode(value), Base58BtcEncoder.Encode(value)));
    }

    [Fact]
    public void EncodeBase58Btc_GeneratedBytes_DecodesBack()
    {
        Gen.Byte.Array[1, 70].Sample(value => Assert.Equal(value, Multibase.DecodeBase58Btc(Multibase.EncodeBase58Btc(value)).Bytes));
    }
}
