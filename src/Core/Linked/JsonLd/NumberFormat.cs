using System.Globalization;
using System.Numerics;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>Number to text conversions required by JSON-LD toRdf and JCS (RFC 8785).</summary>
internal static class NumberFormat
{
    /// <summary>Canonical xsd:double form, as JSON-LD toRdf writes it ("1.1E0", "1.0E21", "5.0E-1").</summary>
    public static string ToXsdDouble(double value)
    {
        var text = value.ToString("E15", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = text.AsSpan(0, e).TrimEnd('0');
        if (mantissa[^1] == '.')
        {
            mantissa = text.AsSpan(0, mantissa.Length + 1);
        }

        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return string.Concat(mantissa, "E", exponent.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Canonical xsd:integer form of an integral double (exact, no exponent).</summary>
    public static string ToXsdInteger(double value) =>
        Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : new BigInteger(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>The ECMAScript Number::toString form (what JCS requires).</summary>
    public static string ToEcmaScript(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        if (value < 0)
        {
            return "-" + ToEcmaScript(-value);
        }

        var (digits, n) = ShortestDigits(value);
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (n > 0 && n <= 21)
        {
            return string.Concat(digits.AsSpan(0, n), ".", digits.AsSpan(n));
        }

        if (n > -6 && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var exponent = n - 1;
        var sign = exponent >= 0 ? "+" : "-";
        var mantissa = k == 1 ? digits : string.Concat(digits.AsSpan(0, 1), ".", digits.AsSpan(1));
        return mantissa + "e" + sign + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    private static (string Digits, int PointPosition) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var exponent = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? text : text[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? mantissa : mantissa[..dot];
        var digits = dot < 0 ? mantissa : string.Concat(integerPart, mantissa.AsSpan(dot + 1));
        var point = integerPart.Length + exponent;
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }

        digits = digits[lead..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, point - lead);
    }
}
