using System.Text.Json;
using Insignia.Core.Criteria;

namespace Insignia.Core.Achievements;

/// <summary>Reads typed fields of one JSON object, recording problems with their JSON paths.</summary>
internal sealed class FieldReader(JsonElement element, List<CriteriaError> errors, string path = "$")
{
    public string? RequiredString(string name)
    {
        var value = OptionalString(name);
        if (value is null && !element.TryGetProperty(name, out _))
        {
            errors.Add(new CriteriaError($"{path}.{name}", CriteriaErrors.MissingField, $"'{name}' is required."));
        }

        return value;
    }

    public string? OptionalString(string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add(new CriteriaError($"{path}.{name}", CriteriaErrors.InvalidValue, $"'{name}' must be a non-empty string."));
            return null;
        }

        return value.GetString()!.Trim();
    }

    public double? OptionalNumber(string name, double min, double max)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            errors.Add(new CriteriaError($"{path}.{name}", CriteriaErrors.InvalidValue, $"'{name}' must be a number."));
            return null;
        }

        if (number < min || number > max)
        {
            errors.Add(new CriteriaError($"{path}.{name}", CriteriaErrors.OutOfRange, $"'{name}' must be between {min} and {max}; it is {number}."));
            return null;
        }

        return number;
    }

    public IReadOnlyList<T> List<T>(string name, Func<FieldReader, T?> read)
        where T : class
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new CriteriaError($"{path}.{name}", CriteriaErrors.InvalidValue, $"'{name}' must be an array."));
            return [];
        }

        var items = new List<T>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{path}.{name}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new CriteriaError(itemPath, CriteriaErrors.InvalidValue, "Expected an object."));
                continue;
            }

            if (read(new FieldReader(item, errors, itemPath)) is { } parsed)
            {
                items.Add(parsed);
            }
        }

        return items;
    }

    public void Fail(string name, string message) =>
        errors.Add(new CriteriaError($"{path}.{name}", CriteriaErrors.InvalidValue, message));
}
