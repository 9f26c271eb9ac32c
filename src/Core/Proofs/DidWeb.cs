namespace Insignia.Core.Proofs;

/// <summary>Maps a <c>did:web</c> DID to the https URL of its DID document (W3C CCG did:web §3.2).</summary>
internal static class DidWeb
{
    public const string MethodPrefix = "did:web:";

    /// <returns>The document URL, or <see langword="null"/> when the DID is not a well-formed did:web.</returns>
    public static Uri? DocumentUrl(string did)
    {
        ArgumentNullException.ThrowIfNull(did);
        if (!did.StartsWith(MethodPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var segments = did[MethodPrefix.Length..].Split(':');
        if (segments.Any(string.IsNullOrEmpty))
        {
            return null;
        }

        var host = Uri.UnescapeDataString(segments[0]);
        var path = segments.Length == 1 ? "/.well-known/did.json" : "/" + string.Join('/', segments[1..]) + "/did.json";
        return Uri.TryCreate("https://" + host + path, UriKind.Absolute, out var url) && url.Host.Length > 0 ? url : null;
    }
}
