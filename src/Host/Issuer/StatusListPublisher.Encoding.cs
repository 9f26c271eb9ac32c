using System.IO.Compression;
using System.Text.Json.Nodes;
using Insignia.Core.Credentials;

namespace Insignia.Host.Issuer;

internal sealed partial class StatusListPublisher
{
    /// <summary>GZIP of the bitstring (index 0 = most significant bit of the first byte), as multibase base64url ('u', no padding).</summary>
    public static string EncodeList(IEnumerable<int> setIndices)
    {
        var bits = new byte[StatusAllocation.ListSize / 8];
        foreach (var index in setIndices)
        {
            bits[index / 8] |= (byte)(0x80 >> (index % 8));
        }

        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bits);
        }

        return "u" + Convert.ToBase64String(compressed.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public JsonObject UnsignedList(int list, IEnumerable<int> revokedIndices, DateTimeOffset now)
    {
        var listUrl = directory.StatusListUrl(list).AbsoluteUri;
        return new JsonObject
        {
            ["@context"] = new JsonArray(OpenBadgeConstants.CredentialsV2Context),
            ["id"] = listUrl,
            ["type"] = new JsonArray(OpenBadgeConstants.VerifiableCredential, "BitstringStatusListCredential"),
            ["issuer"] = directory.IssuerDid,
            ["validFrom"] = OpenBadgeCredentialBuilder.FormatInstant(now),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = listUrl + "#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = Purpose,
                ["encodedList"] = EncodeList(revokedIndices),
            },
        };
    }
}
