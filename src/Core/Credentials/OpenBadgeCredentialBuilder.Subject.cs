using System.Globalization;
using System.Text.Json.Nodes;
using Insignia.Core.Criteria;

namespace Insignia.Core.Credentials;

internal static partial class OpenBadgeCredentialBuilder
{
    private static JsonObject Subject(CredentialRequest request)
    {
        var recipient = request.Recipient;
        var subject = new JsonObject();
        if (recipient.Did is { Length: > 0 } did)
        {
            subject["id"] = did;
        }

        subject["type"] = new JsonArray(OpenBadgeConstants.AchievementSubject);
        if (recipient.Did is not { Length: > 0 })
        {
            if (recipient.Email is not { Length: > 0 } email)
            {
                throw new CredentialBuildException("The learner has neither a DID nor an email, so the credential could not name its subject.");
            }

            subject["identifier"] = new JsonArray(new JsonObject
            {
                ["type"] = OpenBadgeConstants.IdentityObject,
                ["hashed"] = true,
                ["identityHash"] = RecipientIdentity.Hash(email, recipient.Salt),
                ["identityType"] = OpenBadgeConstants.EmailIdentityType,
                ["salt"] = recipient.Salt,
            });
        }

        if (request.IncludePersonalData)
        {
            AddPersonalData(subject, recipient);
        }

        var leaves = ResultLeaves(request.Decision);
        subject["achievement"] = Achievement(request, leaves);
        var results = Results(request.AchievementId, leaves);
        if (results.Count > 0)
        {
            subject["result"] = results;
        }

        if (request.Definition.Credits is { } credits)
        {
            subject["creditsEarned"] = (double)credits;
        }

        return subject;
    }

    private static void AddPersonalData(JsonObject subject, CredentialRecipient recipient)
    {
        if (recipient.DisplayName is { Length: > 0 } name)
        {
            subject["name"] = name;
        }

        // AchievementSubject has no email term; OB 3.0 carries a clear-text email as an unhashed IdentityObject.
        if (recipient.Email is { Length: > 0 } email)
        {
            if (subject["identifier"] is not JsonArray identifiers)
            {
                identifiers = [];
                subject["identifier"] = identifiers;
            }

            identifiers.Add(new JsonObject
            {
                ["type"] = OpenBadgeConstants.IdentityObject,
                ["hashed"] = false,
                ["identityHash"] = email,
                ["identityType"] = OpenBadgeConstants.EmailIdentityType,
            });
        }
    }

    /// <summary>Leaves with a threshold or a pass/fail requirement: the ones a ResultDescription can describe.</summary>
    private static List<RuleResult> ResultLeaves(Decision decision) =>
        [.. decision.Leaves().Where(l => l.Required is not null || l.Keyword == "completion")];

    private static JsonArray Results(Uri achievementId, List<RuleResult> leaves)
    {
        var results = new JsonArray();
        for (var i = 0; i < leaves.Count; i++)
        {
            var leaf = leaves[i];
            var result = new JsonObject
            {
                ["type"] = new JsonArray("Result"),
                ["resultDescription"] = ResultDescriptionId(achievementId, i),
            };
            if (leaf.Actual is { } actual)
            {
                result["value"] = FormatValue(actual, leaf.Unit);
            }
            else if (leaf.Outcome == DecisionOutcome.Met && leaf.Keyword == "completion")
            {
                result["status"] = "Completed";
            }
            else
            {
                continue;
            }

            results.Add(result);
        }

        return results;
    }

    private static string ResultDescriptionId(Uri achievementId, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{achievementId.AbsoluteUri}#result-{index + 1}");

    private static string FormatValue(double value, string? unit) => LeafJudge.Format(value, unit ?? string.Empty);
}
