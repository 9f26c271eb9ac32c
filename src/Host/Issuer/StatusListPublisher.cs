using System.Globalization;
using System.Text.Json.Nodes;

namespace Insignia.Host.Issuer;

/// <summary>Status entries for credentials and the lists they point at (W3C Bitstring Status List, revocation purpose).</summary>
internal sealed partial class StatusListPublisher(IssuerDirectory directory)
{
    public const string EntryType = "BitstringStatusListEntry";
    public const string Purpose = "revocation";

    public JsonObject EntryFor(int list, int index)
    {
        var listUrl = directory.StatusListUrl(list).AbsoluteUri;
        var position = index.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["id"] = $"{listUrl}#{position}",
            ["type"] = EntryType,
            ["statusPurpose"] = Purpose,
            ["statusListIndex"] = position,
            ["statusListCredential"] = listUrl,
        };
    }
}
