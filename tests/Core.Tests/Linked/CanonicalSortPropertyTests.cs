using System.Text.Json.Nodes;
using CsCheck;
using Insignia.Core.Linked;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Tests.Linked;

/// <summary>
/// Canonical N-Quads of generated OB 3.0 credentials are sorted by code point with no repeated line, whatever the
/// text holds: characters around U+0020 and U+E000, surrogate pairs, quotes and line breaks.
/// </summary>
public sealed class CanonicalSortPropertyTests
{
    private static readonly string[] Texts = ["", "a", "a b", "a!", "\u00e9", "\uE000", "\U0001F393", "\"q\"", "line\nbreak", "\t", "zz"];

    private static readonly Gen<string> Text = Gen.Int[0, Texts.Length - 1].Array[0, 3].Select(parts => string.Concat(parts.Select(i => Texts[i])));

    [Fact]
    public void Canonicalize_GeneratedCredentials_LinesAreStrictlyInCodePointOrder()
    {
        var credential = Gen.Select(Text, Gen.Int[0, 12].Array[0, 6], Gen.Int[0, 3], (name, evidence, results) => Credential(name, evidence, results));
        credential.Sample(document =>
        {
            var lines = LinkedDataCanonicalizer.Canonicalize(document, TestContext.Current.CancellationToken).Split('\n')[..^1];

            for (var i = 1; i < lines.Length; i++)
            {
                Assert.True(CodePointComparer.Compare(lines[i - 1], lines[i]) < 0, $"Line {i} is out of order:\n{lines[i - 1]}\n{lines[i]}");
            }
        });
    }

    private static JsonObject Credential(string name, int[] evidence, int results)
    {
        var items = new JsonArray();
        foreach (var i in evidence)
        {
            var item = new JsonObject { ["type"] = new JsonArray("Evidence"), ["name"] = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            if (i % 2 == 0)
            {
                item["id"] = "https://lms.example/e/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            items.Add(item);
        }

        var resultItems = new JsonArray();
        for (var i = 0; i < results; i++)
        {
            resultItems.Add(new JsonObject { ["type"] = new JsonArray("Result"), ["value"] = name, ["resultDescription"] = "urn:uuid:r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = "urn:uuid:c",
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject { ["id"] = "https://issuer.example/" + evidence.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), ["type"] = new JsonArray("Profile"), ["name"] = name },
            ["validFrom"] = "2026-06-30T12:00:00Z",
            ["name"] = name,
            ["credentialSubject"] = new JsonObject
            {
                ["type"] = new JsonArray("AchievementSubject"),
                ["achievement"] = new JsonObject
                {
                    ["id"] = "https://issuer.example/a",
                    ["type"] = new JsonArray("Achievement"),
                    ["name"] = name,
                    ["description"] = name + "!",
                    ["criteria"] = new JsonObject { ["narrative"] = name },
                },
                ["result"] = resultItems,
            },
            ["evidence"] = items,
        };
    }
}
