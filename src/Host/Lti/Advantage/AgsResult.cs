namespace Insignia.Host.Lti.Advantage;

/// <summary>An AGS result (one learner's current grade on a line item).</summary>
internal sealed record AgsResult
{
    public string? Id { get; init; }

    public string? ScoreOf { get; init; }

    public required string UserId { get; init; }

    public double? ResultScore { get; init; }

    public double? ResultMaximum { get; init; }

    public string? Comment { get; init; }
}
