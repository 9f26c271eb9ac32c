using System.Globalization;
using Insignia.Core.Achievements;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;
using Insignia.Host.Lti.Session;
using Insignia.Host.Web;
using Insignia.Host.Web.Course;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Insignia.Host.Tests.Web.Course;

/// <summary>The nested rule builder: a definition shown in the form and posted back unchanged is the same definition.</summary>
public sealed class NestedRuleFormTests
{
    private const string Course = "demo/OBP101";

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RenderAndPost_RandomDefinition_RoundTripsLosslessly(int seed)
    {
        var definition = RandomDefinition(new Random(seed));

        var again = PostBack(definition);

        Assert.Equal(CredentialDefinitionWriter.Write(definition), CredentialDefinitionWriter.Write(again));
    }

    [Fact]
    public void RenderAndPost_ThreeLevelsAndStacking_KeepsTheTree()
    {
        var quiz = new CompletionRule(ActivityKey.Parse("demo:quiz:2"), CompletionRequirement.Passed);
        var essay = new ScoreRule(ActivityKey.Parse("demo:assign:1")) { MinFraction = 0.7 };
        var rule = new AllRule([quiz, new AnyRule([essay, new AtLeastRule(1, [new CredentialRule("obp101-fundamentos"), new MasteryRule(ActivityKey.Parse("demo:outcome:1"), 3)])]), essay, quiz, essay]);
        var definition = Definition(rule);

        var again = PostBack(definition);

        Assert.Equal(CriteriaRuleWriter.Write(rule), CriteriaRuleWriter.Write(again.Rule));
    }

    [Fact]
    public void Apply_AddGroupInsideGroup_AddsABlankGroupWithTwoBlankRequirements()
    {
        var root = RuleNode.From(new AllRule([new AnyRule([new CredentialRule("x")])]));

        var changed = RuleForm.Apply(root, RuleForm.AddGroup + "r0");

        var added = changed.Children[0].Children[1];
        Assert.Equal((true, 2, true), (added.IsGroup, added.Children.Count, added.Children.All(c => c.Leaf!.IsBlank)));
    }

    [Fact]
    public void Apply_RemoveNestedRequirement_RemovesOnlyThatNode()
    {
        var root = RuleNode.From(new AllRule([new CredentialRule("a"), new AnyRule([new CredentialRule("b"), new CredentialRule("c")])]));

        var changed = RuleForm.Apply(root, RuleForm.Remove + "r1-0");

        Assert.Equal(["a", "c"], Leaves(changed).Select(l => l.DefinitionId));
    }

    [Theory]
    [InlineData("remove:r9-9")]
    [InlineData("remove:x")]
    [InlineData("add-leaf:r0-5")]
    [InlineData("remove:")]
    public void Apply_UnknownPath_LeavesTheTreeAsItIs(string action)
    {
        var root = RuleNode.From(new AllRule([new CredentialRule("a"), new AnyRule([new CredentialRule("b")])]));

        var changed = RuleForm.Apply(root, action);

        Assert.Equal(["a", "b"], Leaves(changed).Select(l => l.DefinitionId));
    }

    [Fact]
    public void ToDefinition_AtLeastCountAboveChildren_ReportsTheGroup()
    {
        var form = Post(("combine", "atLeast"), ("count", "3"), ("r0.kind", "credential"), ("r0.credential", "a"), ("r1.kind", "credential"), ("r1.credential", "b"));

        var (definition, errors) = DefinitionFormModel.From(form).ToDefinition(Course, UiLanguage.English);

        Assert.Null(definition);
        Assert.Equal(("$.rule.atLeast.count", CriteriaErrors.OutOfRange), (errors[0].Path, errors[0].Code));
    }

    [Fact]
    public void ToDefinition_NestedGroupWithoutRequirements_ReportsTheGroupByNumber()
    {
        var form = Post(("r0.kind", "credential"), ("r0.credential", "a"), ("r1.kind", "group"), ("r1.combine", "any"), ("r1-0.kind", string.Empty));

        var (_, errors) = DefinitionFormModel.From(form).ToDefinition(Course, UiLanguage.English);

        Assert.Equal("Group 2: add at least one requirement or remove the group.", Assert.Single(errors).Message);
    }

    private static IEnumerable<RuleRow> Leaves(RuleNode node) => node.IsGroup ? node.Children.SelectMany(Leaves) : [node.Leaf!];

    private static CredentialDefinition PostBack(CredentialDefinition definition)
    {
        var ui = new UiRequest(new LtiSession("demo", "OBP101", "teacher", true, DateTimeOffset.MaxValue), UiLanguage.English, new AntiforgeryTokenSet("token", "cookie", "__csrf", null));
        var html = DefinitionFormPage.Render(ui, DefinitionFormModel.From(definition), new RuleChoices([], []), [], null);
        var fields = HtmlForm.Fields(html, "definition-form");
        var form = new FormCollection(fields.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => new StringValues([.. g.Select(f => f.Value)])));
        var (again, errors) = DefinitionFormModel.From(form).ToDefinition(definition.CourseKey, UiLanguage.English);
        Assert.Empty(errors);
        return again!;
    }

    private static FormCollection Post(params (string Key, string Value)[] fields)
    {
        var values = new Dictionary<string, StringValues> { ["name"] = "n", ["description"] = "d", ["narrative"] = "c" };
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        return new FormCollection(values);
    }

    private static CredentialDefinition Definition(CriteriaRule rule) => new()
    {
        Id = "obp101-nested",
        CourseKey = Course,
        Name = "Nested",
        Description = "Several paths.",
        CriteriaNarrative = "Either way.",
        Rule = rule,
    };

    private static CredentialDefinition RandomDefinition(Random random) => new()
    {
        Id = $"obp101-random-{random.Next(1000)}",
        Version = random.Next(1, 9),
        CourseKey = Course,
        Name = $"Credencial <{random.Next(100)}> «ñ»",
        Description = "Primera línea\nSegunda & línea",
        CriteriaNarrative = "Cumplir \"todo\".",
        LearningOutcomes = [new LearningOutcome("lo-x", "Argumenta") { Description = "Con evidencia." }, new LearningOutcome("lo2", "Sintetiza")],
        Alignments = random.Next(2) == 0 ? [] : [new Alignment("Competencia digital", new Uri("https://example.edu/c/1")) { TargetCode = "CD1" }],
        AssessmentType = random.Next(2) == 0 ? null : "Exam",
        Credits = random.Next(2) == 0 ? null : decimal.Parse(string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 9)}.{random.Next(0, 99):00}"), CultureInfo.InvariantCulture),
        WorkloadHours = random.Next(2) == 0 ? null : Math.Round(random.NextDouble() * 100, random.Next(0, 3)) + 0.5,
        Language = random.Next(3) switch { 0 => "es-MX", 1 => "en", _ => "en-US" },
        Validity = random.Next(3) switch { 0 => null, 1 => ValidityPeriod.TryParse("P2Y", out var y) ? y : null, _ => ValidityPeriod.TryParse("P18M", out var m) ? m : null },
        Rule = random.Next(6) == 0 ? RandomLeaf(random) : RandomGroup(random, 0),
    };

    private static CriteriaRule RandomGroup(Random random, int depth)
    {
        var children = Enumerable.Range(0, random.Next(1, depth == 0 ? 7 : 4))
            .Select(_ => depth < 3 && random.Next(3) == 0 ? RandomGroup(random, depth + 1) : RandomLeaf(random)).ToList();
        return random.Next(3) switch
        {
            0 => new AllRule(children),
            1 => new AnyRule(children),
            _ => new AtLeastRule(random.Next(1, children.Count + 1), children),
        };
    }

    private static CriteriaRule RandomLeaf(Random random)
    {
        var activity = ActivityKey.Parse($"demo:assign:{random.Next(1, 50)}");
        var attempts = random.Next(2) == 0 ? AttemptPolicy.Best : AttemptPolicy.Latest;
        return random.Next(8) switch
        {
            0 => new ScoreRule(activity) { MinFraction = random.Next(0, 10_001) / 10_000.0, Attempts = attempts },
            1 => new ScoreRule(activity) { MinFraction = random.NextDouble(), Attempts = attempts },
            2 => new ScoreRule(activity) { MinPoints = Math.Round(random.NextDouble() * 20, random.Next(0, 4)), Attempts = attempts },
            3 => new MasteryRule(ActivityKey.Parse($"demo:outcome:{random.Next(1, 9)}"), random.Next(1, 5) + (random.Next(2) * 0.5)) { Attempts = attempts },
            4 => new RubricRule(ActivityKey.Parse($"demo:rubric:{random.Next(1, 9)}"), random.Next(1, 5)) { Attempts = attempts },
            5 => new CompletionRule(activity, random.Next(2) == 0 ? CompletionRequirement.Passed : CompletionRequirement.Complete),
            6 => new ParticipationRule(activity),
            _ => new CredentialRule($"other-{random.Next(1, 9)}"),
        };
    }
}
