namespace Insignia.Core.Criteria;

/// <summary>A problem with a rule or definition, located by a JSON path such as <c>$.rule.all[1].score.min</c>.</summary>
/// <param name="Path">Where the problem is, as a JSON path.</param>
/// <param name="Code">A stable snake_case code, one of <see cref="CriteriaErrors"/>.</param>
/// <param name="Message">What is wrong and how to fix it; safe to show.</param>
public sealed record CriteriaError(string Path, string Code, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}
