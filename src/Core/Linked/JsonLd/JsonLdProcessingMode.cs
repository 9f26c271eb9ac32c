namespace Insignia.Core.Linked.JsonLd;

/// <summary>The JSON-LD processing mode.</summary>
internal enum JsonLdProcessingMode
{
    JsonLd11,
    JsonLd10,
}
