namespace Insignia.Core.Criteria;

/// <summary>Which attempt of a multi-attempt activity a leaf judges.</summary>
public enum AttemptPolicy
{
    /// <summary>The best attempt (the default; monotone: a new attempt never un-meets the leaf).</summary>
    Best = 0,

    /// <summary>The most recent attempt (a later, worse attempt counts).</summary>
    Latest = 1,
}
