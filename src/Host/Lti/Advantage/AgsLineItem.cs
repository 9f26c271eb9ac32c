namespace Insignia.Host.Lti.Advantage;

/// <summary>An AGS line item (application/vnd.ims.lis.v2.lineitem+json).</summary>
internal sealed record AgsLineItem
{
    public string? Id { get; init; }

    public double ScoreMaximum { get; init; }

    public required string Label { get; init; }

    public string? ResourceId { get; init; }

    public string? Tag { get; init; }

    public string? ResourceLinkId { get; init; }
}
