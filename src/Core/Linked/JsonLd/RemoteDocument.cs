namespace Insignia.Core.Linked.JsonLd;

/// <summary>
/// A loaded document: its final URL and its content in the JSON value model (see <see cref="JsonValueModel"/>).
/// The content is shared and cached: it must never be modified.
/// </summary>
internal sealed record RemoteDocument(string DocumentUrl, object? Document);
