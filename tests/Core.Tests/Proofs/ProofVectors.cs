using System.Text.Json.Nodes;
using Insignia.Testing;

namespace Insignia.Core.Tests.Proofs;

/// <summary>Reads the published proof test vectors in place under shared/standards.</summary>
internal static class ProofVectors
{
    public static string W3c(params string[] parts) => RepositoryPaths.SharedPath(["standards", "vc-di-eddsa", "TestVectors", .. parts]);

    public static string Ob3(string file) => RepositoryPaths.SharedPath("standards", "ob3", "test-vectors", "obv3p0", file);

    public static string Clr2(string file) => RepositoryPaths.SharedPath("standards", "clr2", "test-vectors", "clrv2p0", file);

    public static string Text(string path) => File.ReadAllText(path);

    public static JsonObject Json(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();

    public static byte[] Hex(string path) => Convert.FromHexString(File.ReadAllText(path).Trim());

    public static JsonObject WithoutProof(JsonObject signed)
    {
        var copy = signed.DeepClone().AsObject();
        copy.Remove("proof");
        return copy;
    }

    /// <summary>The private key seed of the W3C vectors' key pair (keyPair.json, ed25519-priv multikey).</summary>
    public static byte[] W3cSeed()
    {
        var multikey = (string)Json(W3c("keyPair.json"))["privateKeyMultibase"]!;
        return Core.Multiformats.Ed25519Multikey.DecodePrivateKey(multikey).Bytes;
    }

    /// <summary>The 1EdTech vectors publish a 64-byte libsodium secret key: the seed, then the public key.</summary>
    public static byte[] OneEdTechSeed(JsonObject vector) => Convert.FromHexString((string)vector["privateKeyHex"]!)[..32];
}
