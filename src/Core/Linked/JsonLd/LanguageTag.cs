namespace Insignia.Core.Linked.JsonLd;

/// <summary>The shape toRdf requires of a language tag (BCP 47 subtags: letters first, then up to 8 letters or digits).</summary>
internal static class LanguageTag
{
    public static bool IsWellFormed(string language)
    {
        var segmentLength = 0;
        var first = true;
        foreach (var c in language)
        {
            if (c == '-')
            {
                if (segmentLength == 0)
                {
                    return false;
                }

                first = false;
                segmentLength = 0;
                continue;
            }

            if (!(first ? char.IsAsciiLetter(c) : char.IsAsciiLetterOrDigit(c)) || ++segmentLength > 8)
            {
                return false;
            }
        }

        return segmentLength > 0;
    }
}
