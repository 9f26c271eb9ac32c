namespace Insignia.Core.Linked.Canonicalization;

/// <summary>Steps through every ordering of 0..n-1 in lexicographic order.</summary>
internal sealed class Permutation
{
    public Permutation(int count)
    {
        Indices = new int[count];
        for (var i = 0; i < count; i++)
        {
            Indices[i] = i;
        }
    }

    public int[] Indices { get; }

    /// <summary>Advances to the next ordering; false once every ordering has been produced.</summary>
    public bool MoveNext()
    {
        var a = Indices;
        var i = a.Length - 2;
        while (i >= 0 && a[i] >= a[i + 1])
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        var j = a.Length - 1;
        while (a[j] <= a[i])
        {
            j--;
        }

        (a[i], a[j]) = (a[j], a[i]);
        Array.Reverse(a, i + 1, a.Length - i - 1);
        return true;
    }
}
