namespace Insignia.Core.Evidence;

/// <summary>What a piece of evidence says about a learner.</summary>
/// <remarks>
/// <see cref="Score"/>, <see cref="OutcomeMastery"/> and <see cref="RubricLevel"/> are always assessment
/// evidence. <see cref="Completion"/> is assessment evidence only when its state is
/// <see cref="CompletionState.Passed"/> or <see cref="CompletionState.Failed"/>, because only a graded
/// activity can produce those. <see cref="Participation"/> (views, logins, attendance, manual completion)
/// is never assessment evidence.
/// </remarks>
public enum EvidenceKind
{
    /// <summary>A graded result: points out of a maximum.</summary>
    Score = 1,

    /// <summary>A mastery level on a learning outcome or competency.</summary>
    OutcomeMastery = 2,

    /// <summary>A level reached on one criterion of a rubric.</summary>
    RubricLevel = 3,

    /// <summary>An activity or course completion state.</summary>
    Completion = 4,

    /// <summary>Views, logins, attendance or manual "mark as done": never assessment.</summary>
    Participation = 5,
}
