namespace Insignia.Core.Courses;

/// <summary>A course in one source system: where credentials are defined and evidence is pulled from.</summary>
/// <param name="Source">The connection name, e.g. <c>demo</c> or <c>moodle-uabc</c>.</param>
/// <param name="CourseId">The course id in that system.</param>
public sealed record CourseContext(string Source, string CourseId)
{
    /// <summary>Gets the course title, when known.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the stable key <c>source/courseId</c> used in URLs, the CLI and storage.</summary>
    public string Key => $"{Source}/{CourseId}";

    /// <summary>Parses a key written as <c>source/courseId</c>.</summary>
    /// <param name="key">The key, e.g. <c>demo/OBP101</c>.</param>
    /// <returns>The course context (without a title).</returns>
    /// <exception cref="FormatException">The key has no <c>/</c> or an empty part.</exception>
    public static CourseContext Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == key.Length - 1)
        {
            throw new FormatException($"'{key}' is not a course key: expected 'connection/courseId', e.g. 'demo/OBP101'.");
        }

        return new CourseContext(key[..slash], key[(slash + 1)..]);
    }
}
