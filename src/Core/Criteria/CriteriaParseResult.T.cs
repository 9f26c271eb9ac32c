namespace Insignia.Core.Criteria;

/// <summary>The outcome of parsing or validating: a value, or the list of problems found.</summary>
/// <typeparam name="T">The parsed value's type.</typeparam>
public sealed record CriteriaParseResult<T>
    where T : class
{
    internal CriteriaParseResult(T? value, IReadOnlyList<CriteriaError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>Gets the parsed value when there were no errors.</summary>
    public T? Value { get; }

    /// <summary>Gets the problems found, each with its JSON path.</summary>
    public IReadOnlyList<CriteriaError> Errors { get; }

    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    public bool IsValid => Errors.Count == 0 && Value is not null;
}
