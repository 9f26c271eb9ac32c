using System.Globalization;

namespace Insignia.Adapters.Moodle.Http;

/// <summary>
/// Builds a web service call's parameters the way PHP expects them flattened:
/// <c>assignmentids[0]=1</c>, <c>options[0][name]=limitfrom&amp;options[0][value]=0</c>, booleans as 0/1.
/// </summary>
internal sealed class MoodleParameters
{
    private readonly List<KeyValuePair<string, string>> _values = [];
    private int _optionCount;

    public static MoodleParameters None => new();

    public IReadOnlyList<KeyValuePair<string, string>> Values => _values;

    public MoodleParameters Add(string name, string value)
    {
        _values.Add(new(name, value));
        return this;
    }

    public MoodleParameters Add(string name, long value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    public MoodleParameters Add(string name, bool value) => Add(name, value ? "1" : "0");

    public MoodleParameters AddArray(string name, IEnumerable<long> values)
    {
        var index = 0;
        foreach (var value in values)
        {
            Add(string.Create(CultureInfo.InvariantCulture, $"{name}[{index++}]"), value);
        }

        return this;
    }

    /// <summary>Adds one <c>options[i][name]</c>/<c>options[i][value]</c> pair, numbering options in call order.</summary>
    public MoodleParameters AddOption(string name, string value)
    {
        var index = _optionCount++;
        Add(string.Create(CultureInfo.InvariantCulture, $"options[{index}][name]"), name);
        return Add(string.Create(CultureInfo.InvariantCulture, $"options[{index}][value]"), value);
    }

    public MoodleParameters AddOption(string name, long value) => AddOption(name, value.ToString(CultureInfo.InvariantCulture));
}
