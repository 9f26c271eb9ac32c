namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>The <c>grades</c> of a student enrollment.</summary>
internal sealed record CanvasGrades
{
    public double? CurrentScore { get; init; }

    public double? FinalScore { get; init; }

    public string? FinalGrade { get; init; }

    public double? UnpostedFinalScore { get; init; }
}
