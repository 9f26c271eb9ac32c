namespace Insignia.Core.Linked.Canonicalization;

/// <summary>Issues "prefix + counter" identifiers and remembers the order they were issued in.</summary>
internal sealed class IdentifierIssuer
{
    private readonly string _prefix;
    private readonly Dictionary<string, string> _issued;
    private readonly List<string> _order;

    public IdentifierIssuer(string prefix)
    {
        _prefix = prefix;
        _issued = new Dictionary<string, string>(StringComparer.Ordinal);
        _order = [];
    }

    private IdentifierIssuer(IdentifierIssuer source)
    {
        _prefix = source._prefix;
        _issued = new Dictionary<string, string>(source._issued, StringComparer.Ordinal);
        _order = [.. source._order];
    }

    /// <summary>Gets the existing identifiers in the order they were issued.</summary>
    public IReadOnlyList<string> IssuedOrder => _order;

    public IReadOnlyDictionary<string, string> Issued => _issued;

    public int Count => _order.Count;

    public string Issue(string existing)
    {
        if (_issued.TryGetValue(existing, out var issued))
        {
            return issued;
        }

        issued = string.Concat(_prefix, _order.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _issued.Add(existing, issued);
        _order.Add(existing);
        return issued;
    }

    public bool TryGet(string existing, out string issued) => _issued.TryGetValue(existing, out issued!);

    public bool Contains(string existing) => _issued.ContainsKey(existing);

    public IdentifierIssuer Copy() => new(this);
}
