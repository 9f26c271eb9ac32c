namespace Insignia.Core.Multiformats;

/// <summary>
/// Base58 (Bitcoin alphabet) encoding that divides by 58^5 over 32-bit limbs, five digits per pass: a signature
/// (64 bytes) takes 18 passes instead of the 88 one-byte-at-a-time passes of the textbook algorithm.
/// </summary>
internal static class Base58BtcEncoder
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const uint FiveDigits = 58 * 58 * 58 * 58 * 58;

    public static string Encode(ReadOnlySpan<byte> bytes, string prefix = "")
    {
        var zeros = bytes.IndexOfAnyExcept((byte)0);
        if (zeros < 0)
        {
            return prefix + new string('1', bytes.Length);
        }

        var number = bytes[zeros..];
        var limbCount = (number.Length + 3) / 4;
        Span<uint> limbs = limbCount <= 64 ? stackalloc uint[limbCount] : new uint[limbCount];
        var headBytes = number.Length - ((limbCount - 1) * 4);
        for (var i = 0; i < number.Length; i++)
        {
            var limb = i < headBytes ? 0 : ((i - headBytes) / 4) + 1;
            limbs[limb] = (limbs[limb] << 8) | number[i];
        }

        // log(256) / log(58) < 1.37; the last pass writes up to four extra leading zero digits.
        var capacity = (number.Length * 137 / 100) + 6;
        Span<byte> digits = capacity <= 256 ? stackalloc byte[capacity] : new byte[capacity];
        var start = capacity;
        var first = 0;
        while (first < limbCount)
        {
            ulong remainder = 0;
            for (var i = first; i < limbCount; i++)
            {
                var current = (remainder << 32) | limbs[i];
                limbs[i] = (uint)(current / FiveDigits);
                remainder = current % FiveDigits;
            }

            while (first < limbCount && limbs[first] == 0)
            {
                first++;
            }

            for (var d = 0; d < 5; d++)
            {
                digits[--start] = (byte)(remainder % 58);
                remainder /= 58;
            }
        }

        while (digits[start] == 0)
        {
            start++;
        }

        var significant = digits[start..];
        var length = prefix.Length + zeros + significant.Length;
        Span<char> text = length <= 512 ? stackalloc char[length] : new char[length];
        prefix.CopyTo(text);
        text.Slice(prefix.Length, zeros).Fill('1');
        var tail = text[(prefix.Length + zeros)..];
        for (var i = 0; i < tail.Length; i++)
        {
            tail[i] = Alphabet[significant[i]];
        }

        return new string(text);
    }
}
