namespace Insignia.Core.Linked.JsonLd;

/// <summary>Deep equality over the JSON value model (object member order does not matter).</summary>
internal static class JsonValueComparer
{
    public static bool DeepEquals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        switch (x)
        {
            case Dictionary<string, object?> a when y is Dictionary<string, object?> b:
                if (a.Count != b.Count)
                {
                    return false;
                }

                foreach (var (key, value) in a)
                {
                    if (!b.TryGetValue(key, out var other) || !DeepEquals(value, other))
                    {
                        return false;
                    }
                }

                return true;
            case List<object?> a when y is List<object?> b:
                if (a.Count != b.Count)
                {
                    return false;
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (!DeepEquals(a[i], b[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return x is not null && x.Equals(y);
        }
    }
}
