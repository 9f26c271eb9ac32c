namespace Insignia.Adapters.Moodle.Contracts;

/// <summary><c>tool_lp_data_for_user_competency_summary_in_course</c> (only the parts the adapter reads).</summary>
internal sealed record CompetencySummaryResponse
{
    public UserCompetencySummary? Usercompetencysummary { get; init; }
}
