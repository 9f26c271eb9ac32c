using System.Text.Json.Nodes;
using Insignia.Core.Achievements;
using Insignia.Core.Credentials;
using Insignia.Core.Criteria;
using Insignia.Core.Proofs;
using Insignia.Testing.Credentials;

namespace Insignia.Core.Tests.Credentials;

public sealed class OpenBadgeCredentialBuilderTests : IDisposable
{
    private readonly CredentialScenario _scenario = new();

    [Fact]
    public void Build_MetDecision_SignedCredentialMatchesAchievementCredentialSchema()
    {
        var signed = _scenario.Sign(OpenBadgeCredentialBuilder.Build(_scenario.Request()));

        Assert.Empty(OpenBadgeSchema.CredentialErrors(signed));
    }

    [Fact]
    public async Task Build_MetDecision_SignedCredentialVerifies()
    {
        var signed = _scenario.Sign(OpenBadgeCredentialBuilder.Build(_scenario.Request()));

        var result = await _scenario.Verifier().VerifyAsync(signed.ToJsonString(), TestContext.Current.CancellationToken);

        Assert.True(result.Verified, string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task Build_TamperedAfterSigning_InvalidSignature()
    {
        var signed = _scenario.Sign(OpenBadgeCredentialBuilder.Build(_scenario.Request()));
        signed["name"] = "Otra insignia";

        var result = await _scenario.Verifier().VerifyAsync(signed.ToJsonString(), TestContext.Current.CancellationToken);

        Assert.Equal([ProofErrors.InvalidSignature], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task Build_ValidityElapsed_Expired()
    {
        _scenario.Definition = _scenario.Definition with { Validity = new ValidityPeriod(1, 0, 0) };
        var signed = _scenario.Sign(OpenBadgeCredentialBuilder.Build(_scenario.Request()));
        _scenario.Clock.Advance(TimeSpan.FromDays(400));

        var result = await _scenario.Verifier().VerifyAsync(signed.ToJsonString(), TestContext.Current.CancellationToken);

        Assert.Equal([ProofErrors.Expired], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Build_EmailLearner_HashesEmailAndOmitsPlainText()
    {
        var json = OpenBadgeCredentialBuilder.Build(_scenario.Request()).ToJsonString();

        Assert.DoesNotContain("ana@example.edu", json, StringComparison.Ordinal);
        Assert.Contains(RecipientIdentity.Hash("ana@example.edu", "c0ffee"), json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PersonalDataTurnedOn_IncludesNameAndEmail()
    {
        var subject = OpenBadgeCredentialBuilder.Build(_scenario.Request() with { IncludePersonalData = true })["credentialSubject"]!;

        Assert.Equal(("Ana", "ana@example.edu"), ((string?)subject["name"], (string?)subject["identifier"]![1]!["identityHash"]));
    }

    [Fact]
    public void Build_LearnerWithDid_SubjectIdIsDid()
    {
        var recipient = new CredentialRecipient("s") { Did = "did:example:ana", Email = "ana@example.edu" };

        var subject = OpenBadgeCredentialBuilder.Build(_scenario.Request(recipient))["credentialSubject"]!.AsObject();

        Assert.Equal(("did:example:ana", false), ((string?)subject["id"], subject.ContainsKey("identifier")));
    }

    [Fact]
    public void Build_ScoreLeaf_ResultPointsAtItsDescription()
    {
        var subject = OpenBadgeCredentialBuilder.Build(_scenario.Request())["credentialSubject"]!;
        var description = subject["achievement"]!["resultDescription"]![0]!;
        var result = subject["result"]![0]!;

        Assert.Equal(((string?)description["id"], "50%", "87%"), ((string?)result["resultDescription"], (string?)description["requiredValue"], (string?)result["value"]));
    }

    [Fact]
    public void Build_NotMetDecision_Throws()
    {
        var request = _scenario.Request() with { Decision = new Decision(DecisionOutcome.NotMet, _scenario.Request().Decision.Explanation) };

        Assert.Throws<CredentialBuildException>(() => OpenBadgeCredentialBuilder.Build(request));
    }

    [Fact]
    public void Build_StatusWithUndefinedTerm_ThrowsInsteadOfDroppingIt()
    {
        var request = _scenario.Request() with { CredentialStatus = new JsonObject { ["id"] = "https://x.example/s#1", ["type"] = "BitstringStatusListEntry", ["madeUp"] = "x" } };

        var error = Assert.Throws<CredentialBuildException>(() => OpenBadgeCredentialBuilder.Build(request));

        Assert.Contains("madeUp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_Profile_MatchesProfileSchema()
    {
        Assert.Empty(OpenBadgeSchema.ProfileErrors(ProfileJson.Document(_scenario.Issuer)));
    }

    public void Dispose() => _scenario.Dispose();
}
