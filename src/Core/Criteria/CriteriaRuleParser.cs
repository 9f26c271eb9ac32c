using System.Text.Json;
using Insignia.Core.Evidence;

namespace Insignia.Core.Criteria;

/// <summary>
/// Reads the JSON rule language: <c>{"all":[...]}</c>, <c>{"any":[...]}</c>,
/// <c>{"atLeast":{"count":2,"of":[...]}}</c> and the leaves <c>score</c>, <c>mastery</c>, <c>rubric</c>,
/// <c>completion</c>, <c>credential</c> and <c>participation</c>. See <c>docs/criteria.md</c>.
/// </summary>
public static class CriteriaRuleParser
{
    private const int MaxDepth = 32;

    /// <summary>Parses a rule from JSON text.</summary>
    /// <param name="json">The rule JSON.</param>
    /// <returns>The rule, or every problem found with its JSON path.</returns>
    public static CriteriaParseResult<CriteriaRule> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth * 3 });
            return Parse(document.RootElement, "$");
        }
        catch (JsonException ex)
        {
            return CriteriaParseResult.Fail<CriteriaRule>(
                new CriteriaError($"$ (line {ex.LineNumber + 1})", CriteriaErrors.MalformedJson, $"The rule is not valid JSON: {ex.Message}"));
        }
    }

    /// <summary>Parses a rule from an already-parsed JSON element.</summary>
    /// <param name="element">The rule node.</param>
    /// <param name="path">The JSON path of <paramref name="element"/>, used in error messages.</param>
    /// <returns>The rule, or every problem found with its JSON path.</returns>
    public static CriteriaParseResult<CriteriaRule> Parse(JsonElement element, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<CriteriaError>();
        var rule = new Reader(errors).Node(element, path, depth: 0);
        return errors.Count == 0 && rule is not null
            ? CriteriaParseResult.Ok<CriteriaRule>(rule)
            : CriteriaParseResult.Fail<CriteriaRule>([.. errors]);
    }

    private sealed class Reader(List<CriteriaError> errors)
    {
        public CriteriaRule? Node(JsonElement node, string path, int depth)
        {
            if (depth > MaxDepth)
            {
                return Error(path, CriteriaErrors.InvalidNode, $"Rules may nest at most {MaxDepth} levels deep.");
            }

            if (node.ValueKind != JsonValueKind.Object || CountProperties(node) != 1)
            {
                return Error(path, CriteriaErrors.InvalidNode,
                    "Each rule node must be an object with exactly one keyword: all, any, atLeast, score, mastery, rubric, completion, credential or participation.");
            }

            var property = node.EnumerateObject().First();
            var body = property.Value;
            var at = $"{path}.{property.Name}";
            return property.Name switch
            {
                "all" => Children(body, at, depth) is { } all ? new AllRule(all) : null,
                "any" => Children(body, at, depth) is { } any ? new AnyRule(any) : null,
                "atLeast" => AtLeast(body, at, depth),
                "score" => Score(body, at),
                "mastery" => Leveled(body, at, "outcome", (key, level, attempts) => new MasteryRule(key, level) { Attempts = attempts }),
                "rubric" => Leveled(body, at, "criterion", (key, level, attempts) => new RubricRule(key, level) { Attempts = attempts }),
                "completion" => Completion(body, at),
                "credential" => Credential(body, at),
                "participation" => Key(body, at, "activity") is { } activity ? new ParticipationRule(activity) : null,
                _ => Error(path, CriteriaErrors.InvalidNode,
                    $"Unknown rule keyword '{property.Name}'. Use all, any, atLeast, score, mastery, rubric, completion, credential or participation."),
            };
        }

        private List<CriteriaRule>? Children(JsonElement body, string path, int depth)
        {
            if (body.ValueKind != JsonValueKind.Array || body.GetArrayLength() == 0)
            {
                Error(path, CriteriaErrors.InvalidValue, "Expected a non-empty array of rules.");
                return null;
            }

            var children = new List<CriteriaRule>(body.GetArrayLength());
            var index = 0;
            foreach (var child in body.EnumerateArray())
            {
                if (Node(child, $"{path}[{index++}]", depth + 1) is { } rule)
                {
                    children.Add(rule);
                }
            }

            return children.Count == body.GetArrayLength() ? children : null;
        }

        private CriteriaRule? AtLeast(JsonElement body, string path, int depth)
        {
            if (!ExpectObject(body, path, "count", "of"))
            {
                return null;
            }

            var children = body.TryGetProperty("of", out var of) ? Children(of, $"{path}.of", depth) : MissingList(path, "of");
            if (!body.TryGetProperty("count", out var countElement) || countElement.ValueKind != JsonValueKind.Number
                || !countElement.TryGetInt32(out var count))
            {
                Error($"{path}.count", CriteriaErrors.InvalidValue, "'count' must be a whole number.");
                return null;
            }

            if (children is null)
            {
                return null;
            }

            if (count < 1 || count > children.Count)
            {
                Error($"{path}.count", CriteriaErrors.OutOfRange, $"'count' must be between 1 and {children.Count} (the number of rules in 'of'); it is {count}.");
                return null;
            }

            return new AtLeastRule(count, children);
        }

        private CriteriaRule? Score(JsonElement body, string path)
        {
            if (!ExpectObject(body, path, "activity", "min", "minPoints", "attempt"))
            {
                return null;
            }

            var activity = Key(body, path, "activity");
            var fraction = OptionalNumber(body, path, "min");
            var points = OptionalNumber(body, path, "minPoints");
            var attempts = Attempts(body, path);
            if (fraction is null == points is null)
            {
                return Error(path, CriteriaErrors.MissingField, "A score rule needs exactly one threshold: 'min' (a fraction 0..1, e.g. 0.8 for 80%) or 'minPoints'.");
            }

            if (fraction is < 0 or > 1)
            {
                return Error($"{path}.min", CriteriaErrors.OutOfRange, $"'min' is a fraction between 0 and 1 (0.8 means 80%); it is {fraction}.");
            }

            if (points < 0)
            {
                return Error($"{path}.minPoints", CriteriaErrors.OutOfRange, $"'minPoints' cannot be negative; it is {points}.");
            }

            return activity is { } key && attempts is { } policy
                ? new ScoreRule(key) { MinFraction = fraction, MinPoints = points, Attempts = policy }
                : null;
        }

        private CriteriaRule? Leveled(JsonElement body, string path, string keyName, Func<ActivityKey, double, AttemptPolicy, LeafRule> create)
        {
            if (!ExpectObject(body, path, keyName, "min", "attempt"))
            {
                return null;
            }

            var key = Key(body, path, keyName);
            var level = OptionalNumber(body, path, "min");
            var attempts = Attempts(body, path);
            if (level is null)
            {
                return Error($"{path}.min", CriteriaErrors.MissingField, "'min' (the minimum level) is required.");
            }

            if (level < 0)
            {
                return Error($"{path}.min", CriteriaErrors.OutOfRange, $"'min' cannot be negative; it is {level}.");
            }

            return key is { } k && attempts is { } policy ? create(k, level.Value, policy) : null;
        }

        private CriteriaRule? Completion(JsonElement body, string path)
        {
            if (!ExpectObject(body, path, "activity", "state"))
            {
                return null;
            }

            var key = Key(body, path, "activity");
            var requirement = CompletionRequirement.Passed;
            if (body.TryGetProperty("state", out var state))
            {
                switch (state.ValueKind == JsonValueKind.String ? state.GetString() : null)
                {
                    case "passed": requirement = CompletionRequirement.Passed; break;
                    case "complete": requirement = CompletionRequirement.Complete; break;
                    default:
                        return Error($"{path}.state", CriteriaErrors.InvalidValue, "'state' must be \"passed\" (graded pass) or \"complete\" (any completion, participation only).");
                }
            }

            return key is { } k ? new CompletionRule(k, requirement) : null;
        }

        private CriteriaRule? Credential(JsonElement body, string path)
        {
            if (!ExpectObject(body, path, "definition"))
            {
                return null;
            }

            return body.TryGetProperty("definition", out var id) && id.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(id.GetString())
                ? new CredentialRule(id.GetString()!)
                : Error($"{path}.definition", CriteriaErrors.MissingField, "'definition' must name the credential definition that must be held.");
        }

        private ActivityKey? Key(JsonElement body, string path, string name)
        {
            if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
            {
                Error($"{path}.{name}", CriteriaErrors.MissingField, $"'{name}' is required: an activity key such as \"moodle:quiz:42\".");
                return null;
            }

            if (!ActivityKey.TryParse(value.GetString(), out var key))
            {
                Error($"{path}.{name}", CriteriaErrors.InvalidValue, $"'{value.GetString()}' is not an activity key: expected 'platform:type:id', e.g. \"moodle:quiz:42\".");
                return null;
            }

            return key;
        }

        private double? OptionalNumber(JsonElement body, string path, string name)
        {
            if (!body.TryGetProperty(name, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
            {
                Error($"{path}.{name}", CriteriaErrors.InvalidValue, $"'{name}' must be a number.");
                return double.NaN;
            }

            return number;
        }

        private AttemptPolicy? Attempts(JsonElement body, string path)
        {
            if (!body.TryGetProperty("attempt", out var value))
            {
                return AttemptPolicy.Best;
            }

            switch (value.ValueKind == JsonValueKind.String ? value.GetString() : null)
            {
                case "best": return AttemptPolicy.Best;
                case "latest": return AttemptPolicy.Latest;
                default:
                    Error($"{path}.attempt", CriteriaErrors.InvalidValue, "'attempt' must be \"best\" or \"latest\".");
                    return null;
            }
        }

        private bool ExpectObject(JsonElement body, string path, params string[] allowed)
        {
            if (body.ValueKind != JsonValueKind.Object)
            {
                Error(path, CriteriaErrors.InvalidValue, $"Expected an object with {string.Join(", ", allowed.Select(a => $"'{a}'"))}.");
                return false;
            }

            var ok = true;
            foreach (var property in body.EnumerateObject())
            {
                if (Array.IndexOf(allowed, property.Name) < 0)
                {
                    Error($"{path}.{property.Name}", CriteriaErrors.InvalidNode, $"Unknown field '{property.Name}'; allowed: {string.Join(", ", allowed)}.");
                    ok = false;
                }
            }

            return ok;
        }

        private List<CriteriaRule>? MissingList(string path, string name)
        {
            Error($"{path}.{name}", CriteriaErrors.MissingField, $"'{name}' is required: a non-empty array of rules.");
            return null;
        }

        private static int CountProperties(JsonElement node)
        {
            var count = 0;
            foreach (var unused in node.EnumerateObject())
            {
                count++;
            }

            return count;
        }

        private CriteriaRule? Error(string path, string code, string message)
        {
            errors.Add(new CriteriaError(path, code, message));
            return null;
        }
    }
}
