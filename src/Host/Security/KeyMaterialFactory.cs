using System.Security.Cryptography;
using Insignia.Core.Ports;
using NSec.Cryptography;

namespace Insignia.Host.Security;

/// <summary>Generates new key pairs: Ed25519 through NSec, RSA 2048 through the platform.</summary>
internal static class KeyMaterialFactory
{
    public static (byte[] PublicKey, byte[] PrivateKey) Generate(SigningAlgorithm algorithm)
    {
        switch (algorithm)
        {
            case SigningAlgorithm.Ed25519:
                using (var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport }))
                {
                    return (key.PublicKey.Export(KeyBlobFormat.RawPublicKey), key.Export(KeyBlobFormat.RawPrivateKey));
                }

            case SigningAlgorithm.Rsa:
                using (var rsa = RSA.Create(2048))
                {
                    return (rsa.ExportSubjectPublicKeyInfo(), rsa.ExportPkcs8PrivateKey());
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown signing algorithm.");
        }
    }
}
