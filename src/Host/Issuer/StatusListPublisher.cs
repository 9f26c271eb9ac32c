using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Insignia.Host.Issuer;

/// <summary>Status entries for credentials and the lists they point at (W3C Bitstring Status List, revocation purpose).</summary>
internal sealed partial class StatusListPublisher(IssuerDirectory directory)
{
    public const string EntryType = "BitstringStatusListEntry";
    public const string Purpose = "revocation";

    private readonly ConcurrentDictionary<int, string> _listUrls = new(); // one per list: a credential's entry is built per issue

    public JsonObject EntryFor(int list, int index)
    {
        var listUrl = _listUrls.GetOrAdd(list, l => directory.StatusListUrl(l).AbsoluteUri);
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
