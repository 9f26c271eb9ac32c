using System.Runtime.CompilerServices;
using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Http;
using Insignia.Adapters.Moodle.Mapping;
using Insignia.Adapters.Moodle.Sessions;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>
/// Assignment grades and submissions of every assignment in the course: two bulk calls with
/// <c>assignmentids[]</c>, filtered by <c>since</c> on incremental syncs.
/// </summary>
internal sealed class AssignmentStep : MoodleSyncStep
{
    public override string Name => "assignments";

    public override MoodleFeature Feature => MoodleFeatures.Assignments;

    public override bool AppliesTo(MoodleSyncContext context) => context.Data.ModulesOf("assign").Any();

    public override async IAsyncEnumerable<MoodleStepChunk> RunAsync(
        MoodleSyncContext context, int skip, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (skip > 0)
        {
            yield break;
        }

        var ids = context.Data.ModulesOf("assign").Select(m => m.Instance).Distinct().Order().ToList();
        var client = context.Session.Client;
        var submissions = await client.CallAsync(
            MoodleFunctions.GetAssignSubmissions, Parameters(ids, context.Since), MoodleJsonContext.Default.AssignSubmissionsResponse, cancellationToken)
            .ConfigureAwait(false);
        var grades = await client.CallAsync(
            MoodleFunctions.GetAssignGrades, Parameters(ids, context.Since), MoodleJsonContext.Default.AssignGradesResponse, cancellationToken)
            .ConfigureAwait(false);
        var data = context.Data;
        var records = AssignMapper.MapGrades(context.Source, grades, submissions, data.Gradebook, data.NameOf)
            .Concat(AssignMapper.MapSubmissions(context.Source, submissions, data.NameOf));
        yield return new MoodleStepChunk([.. records], 1);
    }

    private static MoodleParameters Parameters(IEnumerable<long> assignmentIds, long? since)
    {
        var parameters = new MoodleParameters().AddArray("assignmentids", assignmentIds);
        return since is { } value ? parameters.Add("since", value) : parameters;
    }
}
