namespace Insignia.Core.Criteria;

/// <summary>Creates <see cref="CriteriaParseResult{T}"/> values.</summary>
public static class CriteriaParseResult
{
    /// <summary>Creates a successful result.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static CriteriaParseResult<T> Ok<T>(T value)
        where T : class => new(value, []);

    /// <summary>Creates a failed result.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="errors">At least one problem.</param>
    /// <returns>The result.</returns>
    public static CriteriaParseResult<T> Fail<T>(params CriteriaError[] errors)
        where T : class => new(null, errors);
}
