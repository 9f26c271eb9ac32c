using System.Text.Json.Nodes;

namespace Insignia.Core.Tests.Proofs;

/// <summary>The W3C vc-di-eddsa and 1EdTech OB 3.0 / CLR 2.0 vectors, by name.</summary>
internal static class DataIntegrityVectors
{
    public const string W3cAlumni = "w3c-eddsa-rdfc-2022";
    public const string W3cEmployment = "w3c-eddsa-rdfc-2022-employ";
    public const string W3cEd25519Signature2020 = "w3c-Ed25519Signature2020";
    public const string OpenBadges = "1edtech-ob3";
    public const string Clr = "1edtech-clr2";

    public static TheoryData<string> EddsaRdfc2022Names => new(W3cAlumni, W3cEmployment, OpenBadges, Clr);

    public static TheoryData<string> AllNames => new(W3cAlumni, W3cEmployment, OpenBadges, Clr, W3cEd25519Signature2020);

    /// <summary>
    /// Gets the vectors whose contexts the product embeds. The W3C vectors use contexts that are neither product
    /// data nor in shared/ (credentials/examples/v2, citizenship/v4rc1, ed25519-2020/v1), so here they are checked
    /// against their published canonical N-Quads; the alumni vector also runs end to end through our canonicalizer in
    /// <see cref="W3cAlumniVectorEndToEndTests"/> (its only extra context is a one-line <c>@vocab</c>).
    /// </summary>
    public static TheoryData<string> EmbeddedContextNames => new(OpenBadges, Clr);

    public static DataIntegrityVector Get(string name) => name switch
    {
        W3cAlumni => W3c(name, "eddsa-rdfc-2022", "DataInt"),
        W3cEmployment => W3c(name, Path.Combine("eddsa-rdfc-2022", "employ"), "DataInt"),
        W3cEd25519Signature2020 => W3c(name, "Ed25519Signature2020", "EdSig"),
        OpenBadges => OneEdTech(name, ProofVectors.Ob3),
        Clr => OneEdTech(name, ProofVectors.Clr2),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown vector."),
    };

    private static DataIntegrityVector W3c(string name, string folder, string suffix)
    {
        string File(string stem) => ProofVectors.W3c(folder, stem + suffix + (stem.StartsWith("proofConfig", StringComparison.Ordinal) || stem.StartsWith("signed", StringComparison.Ordinal) ? ".json" : ".txt"));
        return new DataIntegrityVector(
            name,
            ProofVectors.Json(File("signed")),
            ProofVectors.Json(File("proofConfig")),
            ProofVectors.Text(File("canonDoc")),
            ProofVectors.Text(File("proofCanon")),
            ProofVectors.Hex(File("proofHash")),
            ProofVectors.Hex(File("docHash")),
            ProofVectors.Hex(File("sigHex")),
            ProofVectors.W3cSeed(),
            new Dictionary<string, JsonObject>());
    }

    private static DataIntegrityVector OneEdTech(string name, Func<string, string> path)
    {
        var vector = ProofVectors.Json(path("vector.json"));
        var unsigned = ProofVectors.Json(path("unsigned-credential.json"));
        var method = (string)vector["verificationMethod"]!;
        var proofConfig = new JsonObject
        {
            ["type"] = "DataIntegrityProof",
            ["cryptosuite"] = "eddsa-rdfc-2022",
            ["created"] = (string)vector["proofCreated"]!,
            ["verificationMethod"] = method,
            ["proofPurpose"] = "assertionMethod",
            ["@context"] = unsigned["@context"]!.DeepClone(),
        };
        return new DataIntegrityVector(
            name,
            ProofVectors.Json(path("signed-credential.json")),
            proofConfig,
            ProofVectors.Text(path("document-canon.txt")),
            ProofVectors.Text(path("proof-canon.txt")),
            Convert.FromHexString((string)vector["proofHashHex"]!),
            Convert.FromHexString((string)vector["documentHashHex"]!),
            Convert.FromHexString((string)vector["signatureHex"]!),
            ProofVectors.OneEdTechSeed(vector),
            new Dictionary<string, JsonObject> { [method.Split('#')[0]] = IssuerDocument(method, (string)vector["publicKeyMultibase"]!) });
    }

    /// <summary>The issuer profile the 1EdTech key id dereferences to, as a controller document.</summary>
    private static JsonObject IssuerDocument(string method, string publicKeyMultibase)
    {
        var controller = method.Split('#')[0];
        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/cid/v1"),
            ["id"] = controller,
            ["verificationMethod"] = new JsonArray(new JsonObject
            {
                ["id"] = method,
                ["type"] = "Multikey",
                ["controller"] = controller,
                ["publicKeyMultibase"] = publicKeyMultibase,
            }),
            ["assertionMethod"] = new JsonArray(method),
        };
    }
}
