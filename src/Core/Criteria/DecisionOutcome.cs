namespace Insignia.Core.Criteria;

/// <summary>
/// The outcome of judging a rule. Ordered: <see cref="NotMet"/> &lt; <see cref="Pending"/> &lt; <see cref="Met"/>;
/// every rule combinator is monotone in that order.
/// </summary>
public enum DecisionOutcome
{
    /// <summary>The evidence shows the requirement is not reached.</summary>
    NotMet = 0,

    /// <summary>Evidence the rule needs is not there yet (not attempted, not graded, credential not held).</summary>
    Pending = 1,

    /// <summary>The assessment evidence meets the requirement.</summary>
    Met = 2,
}
