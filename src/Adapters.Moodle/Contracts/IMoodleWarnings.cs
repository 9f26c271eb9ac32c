namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>A response that carries Moodle's <c>warnings[]</c> (partial failures that must be surfaced, not dropped).</summary>
internal interface IMoodleWarnings
{
    IReadOnlyList<MoodleWarning> Warnings { get; }
}
