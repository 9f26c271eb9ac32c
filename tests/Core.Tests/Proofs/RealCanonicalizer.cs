using System.Text.Json.Nodes;
using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs;

/// <summary>The product RDFC-1.0 canonicalizer; tests that need it skip until the linked-data branch provides it.</summary>
internal static class RealCanonicalizer
{
    private static readonly Lazy<bool> LazyAvailable = new(Probe);

    public static IRdfCanonicalizer Get()
    {
        Assert.SkipUnless(LazyAvailable.Value, "Needs LinkedDataCanonicalizer (RDFC-1.0) from the linked-data branch.");
        return RdfCanonicalizer.Instance;
    }

    private static bool Probe()
    {
        try
        {
            RdfCanonicalizer.Instance.Canonicalize(new JsonObject { ["@context"] = new JsonObject { ["name"] = "https://schema.org/name" }, ["name"] = "x" }, CancellationToken.None);
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }
}
