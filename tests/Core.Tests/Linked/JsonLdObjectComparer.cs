using Insignia.Core.Linked.JsonLd;

namespace Insignia.Core.Tests.Linked;

/// <summary>
/// JSON-LD object comparison as the W3C test suite defines it: arrays are compared without regard to order,
/// except the values of @list.
/// </summary>
internal static class JsonLdObjectComparer
{
    public static bool AreEqual(object? expected, object? actual, bool ordered = false)
    {
        switch (expected)
        {
            case Dictionary<string, object?> e when actual is Dictionary<string, object?> a:
                return e.Count == a.Count && e.All(p => a.TryGetValue(p.Key, out var v) && AreEqual(p.Value, v, p.Key == "@list"));
            case List<object?> e when actual is List<object?> a:
                if (e.Count != a.Count)
                {
                    return false;
                }

                if (ordered)
                {
                    return e.Zip(a).All(p => AreEqual(p.First, p.Second));
                }

                var unmatched = new List<object?>(a);
                foreach (var item in e)
                {
                    var index = unmatched.FindIndex(candidate => AreEqual(item, candidate));
                    if (index < 0)
                    {
                        return false;
                    }

                    unmatched.RemoveAt(index);
                }

                return true;
            default:
                return JsonValueComparer.DeepEquals(expected, actual);
        }
    }
}
