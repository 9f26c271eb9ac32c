namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>One gradebook item with one user's grade. <c>graderaw</c> is the number to use; <c>gradeformatted</c> is localised.</summary>
internal sealed record GradeItem
{
    public long Id { get; init; }

    public string? Itemname { get; init; }

    /// <summary>Gets <c>mod</c>, <c>manual</c>, <c>course</c> or <c>category</c>.</summary>
    public string? Itemtype { get; init; }

    public string? Itemmodule { get; init; }

    public long? Iteminstance { get; init; }

    public int? Itemnumber { get; init; }

    public long? Cmid { get; init; }

    public long? Outcomeid { get; init; }

    public double? Graderaw { get; init; }

    public double Grademin { get; init; }

    public double Grademax { get; init; }

    public long? Gradedategraded { get; init; }

    public long? Gradedatesubmitted { get; init; }

    public bool Gradeishidden { get; init; }

    public bool Gradehiddenbydate { get; init; }

    public string? Status { get; init; }
}
