using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Insignia.Core.Achievements;
using Insignia.Core.Criteria;

namespace Insignia.Core.Credentials;

internal static partial class OpenBadgeCredentialBuilder
{
    private static JsonObject Achievement(CredentialRequest request, List<RuleResult> leaves)
    {
        var definition = request.Definition;
        var achievement = new JsonObject
        {
            ["id"] = request.AchievementId.AbsoluteUri,
            ["type"] = new JsonArray(OpenBadgeConstants.Achievement),
            ["achievementType"] = definition.AchievementType,
            ["name"] = definition.Name,
            ["description"] = definition.Description,
            ["criteria"] = new JsonObject { ["narrative"] = CriteriaText(definition.CriteriaNarrative, request.Decision.Explanation) },
            ["inLanguage"] = definition.Language,
            ["version"] = definition.Version.ToString(CultureInfo.InvariantCulture),
        };
        var alignments = Alignments(request.AchievementId, definition);
        if (alignments.Count > 0)
        {
            achievement["alignment"] = alignments;
        }

        if (definition.Credits is { } credits)
        {
            achievement["creditsAvailable"] = (double)credits;
        }

        var descriptions = ResultDescriptions(request.AchievementId, leaves);
        if (descriptions.Count > 0)
        {
            achievement["resultDescription"] = descriptions;
        }

        return achievement;
    }

    /// <summary>The narrative followed by the rule tree as an indented list, so a reader sees exactly what was required.</summary>
    internal static string CriteriaText(string narrative, RuleResult explanation)
    {
        var text = new StringBuilder(narrative.Trim());
        text.Append("\n\n");
        void Write(RuleResult node, int depth)
        {
            text.Append(' ', depth * 2).Append("- ").Append(node.Requirement).Append('\n');
            foreach (var child in node.Children)
            {
                Write(child, depth + 1);
            }
        }

        Write(explanation, 0);
        return text.ToString().TrimEnd();
    }

    private static JsonArray Alignments(Uri achievementId, CredentialDefinition definition)
    {
        var alignments = new JsonArray();
        foreach (var alignment in definition.Alignments)
        {
            var node = AlignmentNode(alignment.TargetName, alignment.TargetUrl.AbsoluteUri, alignment.TargetDescription);
            SetIfPresent(node, "targetCode", alignment.TargetCode);
            SetIfPresent(node, "targetFramework", alignment.TargetFramework);
            SetIfPresent(node, "targetType", alignment.TargetType);
            alignments.Add(node);
        }

        foreach (var outcome in definition.LearningOutcomes)
        {
            var node = AlignmentNode(outcome.Name, achievementId.AbsoluteUri + "#outcome-" + Uri.EscapeDataString(outcome.Id), outcome.Description);
            node["targetCode"] = outcome.Id;
            node["targetType"] = "ext:LearningOutcome";
            alignments.Add(node);
        }

        return alignments;
    }

    private static JsonObject AlignmentNode(string name, string url, string? description)
    {
        var node = new JsonObject { ["type"] = new JsonArray("Alignment"), ["targetName"] = name, ["targetUrl"] = url };
        SetIfPresent(node, "targetDescription", description);
        return node;
    }

    private static JsonArray ResultDescriptions(Uri achievementId, List<RuleResult> leaves)
    {
        var descriptions = new JsonArray();
        for (var i = 0; i < leaves.Count; i++)
        {
            var leaf = leaves[i];
            var description = new JsonObject
            {
                ["id"] = ResultDescriptionId(achievementId, i),
                ["type"] = new JsonArray("ResultDescription"),
                ["name"] = leaf.TargetName ?? leaf.Requirement,
                ["resultType"] = ResultType(leaf),
            };
            description["requiredValue"] = leaf.Required is { } required ? FormatValue(required, leaf.Unit) : "Completed";
            descriptions.Add(description);
        }

        return descriptions;
    }

    private static string ResultType(RuleResult leaf) => leaf.Unit switch
    {
        "fraction" => "Percent",
        "points" => "RawScore",
        "level" => "PerformanceLevel",
        _ => "Status",
    };

    private static void SetIfPresent(JsonObject node, string property, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            node[property] = value;
        }
    }
}
