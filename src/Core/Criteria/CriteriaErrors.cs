namespace Insignia.Core.Criteria;

/// <summary>Stable codes for rule and definition problems.</summary>
public static class CriteriaErrors
{
    /// <summary>The text is not JSON.</summary>
    public const string MalformedJson = "malformed_json";

    /// <summary>A node is not an object with exactly one known keyword.</summary>
    public const string InvalidNode = "invalid_node";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "missing_field";

    /// <summary>A field has the wrong type or format.</summary>
    public const string InvalidValue = "invalid_value";

    /// <summary>A threshold is outside its allowed range.</summary>
    public const string OutOfRange = "out_of_range";

    /// <summary>An activity key does not name an activity of the course.</summary>
    public const string UnknownActivity = "unknown_activity";

    /// <summary>A stacking leaf refers to an unknown definition.</summary>
    public const string UnknownCredential = "unknown_credential";

    /// <summary>Stacking leaves form a cycle.</summary>
    public const string CyclicStacking = "cyclic_stacking";

    /// <summary>The rule can be met by participation alone (attendance guard).</summary>
    public const string ParticipationOnly = "participation_only";
}
