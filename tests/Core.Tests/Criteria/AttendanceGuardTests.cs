using Insignia.Core.Criteria;

namespace Insignia.Core.Tests.Criteria;

public sealed class AttendanceGuardTests
{
    private static IReadOnlyList<CriteriaError> Check(string rule) => AttendanceGuard.Check(CriteriaRuleParser.Parse(rule).Value!);

    [Fact]
    public void Check_ParticipationOnly_IsRefused()
    {
        var error = Assert.Single(Check("""{"participation":{"activity":"demo:page:1"}}"""));

        Assert.Equal(CriteriaErrors.ParticipationOnly, error.Code);
        Assert.Equal("$", error.Path);
    }

    [Fact]
    public void Check_AnyWithParticipationBranch_NamesThatBranch()
    {
        var error = Assert.Single(Check("""{"any":[{"score":{"activity":"demo:quiz:1","min":0.5}},{"participation":{"activity":"demo:forum:1"}}]}"""));

        Assert.Equal("$.any[1]", error.Path);
        Assert.Contains("participation in demo:forum:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ParticipationBesideAssessment_IsAccepted()
    {
        Assert.Empty(Check("""{"all":[{"score":{"activity":"demo:quiz:1","min":0.5}},{"participation":{"activity":"demo:forum:1"}}]}"""));
    }

    [Fact]
    public void Check_CompleteRequirement_CountsAsParticipation()
    {
        Assert.NotEmpty(Check("""{"atLeast":{"count":1,"of":[{"completion":{"activity":"demo:page:1","state":"complete"}},{"mastery":{"outcome":"demo:outcome:1","min":3}}]}}"""));
    }

    [Fact]
    public void Check_AtLeastNeedingAssessment_IsAccepted()
    {
        Assert.Empty(Check("""{"atLeast":{"count":2,"of":[{"participation":{"activity":"demo:page:1"}},{"score":{"activity":"demo:quiz:1","min":0.5}},{"credential":{"definition":"base"}}]}}"""));
    }
}
