namespace Insignia.Core.Credentials;

/// <summary>A CLR 2.0 <c>Association</c>: how the source achievement relates to the target achievement.</summary>
internal sealed record ClrAssociation(string AssociationType, string SourceId, string TargetId)
{
    /// <summary>The source achievement is a part of the target (a credential stacked into a larger one).</summary>
    public const string IsPartOf = "isPartOf";
}
