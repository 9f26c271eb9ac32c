using System.Text;
using System.Text.Json.Nodes;
using Insignia.Core.Linked;

namespace Insignia.Core.Tests.Linked;

/// <summary>Text survives canonicalization exactly: no Unicode normalization, and only the canonical N-Quads escapes.</summary>
public sealed class UnicodeCanonicalizationTests
{
    [Theory]
    [InlineData("Jos\u00e9 N\u00fa\u00f1ez")]
    [InlineData("Jose\u0301 Nu\u0301n\u0303ez")]
    public void Canonicalize_ComposedOrDecomposedAccents_AreKeptAsWritten(string name)
    {
        var canonical = Canonicalize(name);

        Assert.Equal(Line(name), canonical);
    }

    [Fact]
    public void Canonicalize_NfcAndNfdSpellings_GiveDifferentCanonicalForms()
    {
        var nfd = "Jos\u00e9".Normalize(NormalizationForm.FormD);

        var canonical = Canonicalize(nfd);

        Assert.NotEqual(Line("Jos\u00e9"), canonical);
    }

    [Theory]
    [InlineData("Certificación en Programación Básica — Añoranza, pingüino, ¿qué?")]
    [InlineData("Insignia \U0001F393\U0001F3C5 emoji")]
    [InlineData("\u4e2d\u6587 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u05e2\u05d1\u05e8\u05d9\u05ea")]
    public void Canonicalize_NonAsciiText_IsWrittenUnescaped(string text)
    {
        var canonical = Canonicalize(text);

        Assert.Equal(Line(text), canonical);
    }

    [Theory]
    [InlineData("say \"hi\"", "say \\\"hi\\\"")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("line1\nline2\r\n", "line1\\nline2\\r\\n")]
    [InlineData("tab\tend", "tab\\tend")]
    [InlineData("\b\f", "\\b\\f")]
    [InlineData("nul\u0000 soh\u0001 us\u001f", "nul\\u0000 soh\\u0001 us\\u001F")]
    [InlineData("del\u007f", "del\\u007F")]
    [InlineData("\u0080 and \u00a0 stay raw", "\u0080 and \u00a0 stay raw")]
    public void Canonicalize_SpecialCharacters_UseCanonicalNQuadsEscapes(string text, string escaped)
    {
        var canonical = Canonicalize(text);

        Assert.Equal($"<urn:example:badge> <https://schema.org/name> \"{escaped}\" .\n", canonical);
    }

    private static string Line(string text) => $"<urn:example:badge> <https://schema.org/name> \"{text}\" .\n";

    private static string Canonicalize(string name)
    {
        var document = new JsonObject
        {
            ["@id"] = "urn:example:badge",
            ["https://schema.org/name"] = name,
        };
        return LinkedDataCanonicalizer.Canonicalize(document, TestContext.Current.CancellationToken);
    }
}
