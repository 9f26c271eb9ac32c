using System.Text.Json.Nodes;
using Insignia.Testing;

namespace Insignia.Core.Tests.Linked;

/// <summary>1EdTech's published eddsa-rdfc-2022 test vectors for OB 3.0 and CLR 2.0, read in place.</summary>
internal static class CredentialVectors
{
    public static TheoryData<string> Names => new() { "ob3/test-vectors/obv3p0", "clr2/test-vectors/clrv2p0" };

    public static JsonObject UnsignedCredential(string name) => Read(name, "unsigned-credential.json");

    /// <summary>The proof options of the signed credential: its (first) proof without proofValue, with the credential's @context.</summary>
    public static JsonObject ProofConfiguration(string name)
    {
        var signed = Read(name, "signed-credential.json");
        var proofNode = signed["proof"]!;
        var proof = (proofNode is JsonArray proofs ? proofs[0]! : proofNode).DeepClone().AsObject();
        proof.Remove("proofValue");
        proof["@context"] = signed["@context"]!.DeepClone();
        return proof;
    }

    public static string Text(string name, string file) =>
        File.ReadAllText(RepositoryPaths.SharedPath(["standards", .. name.Split('/'), file]));

    private static JsonObject Read(string name, string file) => JsonNode.Parse(Text(name, file))!.AsObject();
}
