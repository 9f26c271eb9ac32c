using System.Diagnostics.CodeAnalysis;

namespace Insignia.Core.Evidence;

/// <summary>
/// A stable, platform-qualified key for something a learner can be assessed on, written
/// <c>platform:type:id</c>, for example <c>moodle:quiz:42</c>, <c>canvas:assignment:1201</c> or
/// <c>canvas:outcome:7</c>. The id part may itself contain colons.
/// </summary>
/// <param name="Platform">Lower-case platform name such as <c>moodle</c>.</param>
/// <param name="Type">Lower-case activity type such as <c>quiz</c>.</param>
/// <param name="Id">The platform's own identifier.</param>
public readonly record struct ActivityKey(string Platform, string Type, string Id)
{
    /// <summary>Parses a key written as <c>platform:type:id</c>.</summary>
    /// <param name="value">The text to parse.</param>
    /// <returns>The parsed key.</returns>
    /// <exception cref="FormatException">The text is not of the form <c>platform:type:id</c>.</exception>
    public static ActivityKey Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var key)
            ? key
            : throw new FormatException($"'{value}' is not an activity key: expected 'platform:type:id', e.g. 'moodle:quiz:42'.");
    }

    /// <summary>Tries to parse a key written as <c>platform:type:id</c>.</summary>
    /// <param name="value">The text to parse.</param>
    /// <param name="key">The parsed key when this returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a well-formed key.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out ActivityKey key)
    {
        key = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var first = value.IndexOf(':', StringComparison.Ordinal);
        var second = first < 0 ? -1 : value.IndexOf(':', first + 1);
        if (first <= 0 || second <= first + 1 || second == value.Length - 1)
        {
            return false;
        }

        var platform = value[..first];
        var type = value[(first + 1)..second];
        if (!IsToken(platform) || !IsToken(type))
        {
            return false;
        }

        key = new ActivityKey(platform, type, value[(second + 1)..]);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Platform}:{Type}:{Id}";

    private static bool IsToken(string part)
    {
        foreach (var c in part)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
