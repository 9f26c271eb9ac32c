namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>One quiz attempt; <c>sumgrades</c> is in raw marks, not on the quiz's grade scale.</summary>
internal sealed record QuizAttempt
{
    public long Id { get; init; }

    public long Quiz { get; init; }

    public long Userid { get; init; }

    public int Attempt { get; init; }

    public int Preview { get; init; }

    public string? State { get; init; }

    public long Timestart { get; init; }

    public long Timefinish { get; init; }

    public double? Sumgrades { get; init; }
}
