namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>A course module: <c>id</c> is the cmid, <c>instance</c> the activity's own id.</summary>
internal sealed record CourseModule
{
    public long Id { get; init; }

    public string? Name { get; init; }

    public long Instance { get; init; }

    public string? Modname { get; init; }

    public int Visible { get; init; } = 1;

    /// <summary>Gets the completion tracking: 0 none, 1 manual, 2 automatic.</summary>
    public int Completion { get; init; }

    public ModuleCompletionData? Completiondata { get; init; }
}
