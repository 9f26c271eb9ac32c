namespace Insignia.Host.Lti.Advantage;

/// <summary>An AGS score (application/vnd.ims.lis.v1.score+json).</summary>
internal sealed record AgsScore
{
    public required string UserId { get; init; }

    public double? ScoreGiven { get; init; }

    public double? ScoreMaximum { get; init; }

    public string? Comment { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    public required string ActivityProgress { get; init; }

    public required string GradingProgress { get; init; }
}
