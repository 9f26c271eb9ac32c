using System.Globalization;
using Insignia.Core.Criteria;

namespace Insignia.Host.Web.Course;

/// <summary>Reads the rule builder's fields, applies its add/remove buttons, and turns the tree into a rule.</summary>
internal static class RuleForm
{
    /// <summary>Limits that keep a forged post from building an unbounded tree.</summary>
    public const int MaxNodes = 200;
    public const int MaxDepth = 8;

    public const string AddLeaf = "add-leaf:";
    public const string AddGroup = "add-group:";
    public const string Remove = "remove:";

    public static RuleNode Read(IFormCollection form)
    {
        var budget = MaxNodes;
        return ReadGroup(form, string.Empty, form["combine"].ToString(), form["count"].ToString(), 1, ref budget);
    }

    private static RuleNode ReadGroup(IFormCollection form, string path, string combine, string count, int depth, ref int budget)
    {
        var children = new List<RuleNode>();
        for (var i = 0; budget > 0; i++)
        {
            var child = RuleNode.ChildPath(path, i);
            if (!form.TryGetValue($"{child}.kind", out var kind))
            {
                break;
            }

            budget--;
            children.Add(kind.ToString() == RuleNode.GroupKind && depth < MaxDepth
                ? ReadGroup(form, child, form[$"{child}.combine"].ToString(), form[$"{child}.count"].ToString(), depth + 1, ref budget)
                : new RuleNode
                {
                    Leaf = new RuleRow(kind.ToString() == RuleNode.GroupKind ? string.Empty : kind.ToString(), form[$"{child}.activity"].ToString(), form[$"{child}.min"].ToString().Trim(), form[$"{child}.unit"].ToString())
                    {
                        DefinitionId = form[$"{child}.credential"].ToString().Trim(),
                        Attempt = form[$"{child}.attempt"].ToString() == RuleRow.Latest ? RuleRow.Latest : string.Empty,
                    },
                });
        }

        return new RuleNode { Combine = combine is RuleNode.Any or RuleNode.AtLeast ? combine : RuleNode.All, Count = count.Trim(), Children = children };
    }

    /// <summary>Whether <paramref name="action"/> is one of the builder's structure buttons (add requirement, add group, remove).</summary>
    public static bool IsStructural(string action) =>
        action.StartsWith(AddLeaf, StringComparison.Ordinal) || action.StartsWith(AddGroup, StringComparison.Ordinal) || action.StartsWith(Remove, StringComparison.Ordinal);

    /// <summary>Applies a structure button; an unknown or out-of-range path leaves the tree as it is.</summary>
    public static RuleNode Apply(RuleNode root, string action)
    {
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        var path = action[(colon + 1)..];
        var indexes = RuleNode.Indexes(path == "root" ? string.Empty : path);
        if (indexes.Any(i => i < 0))
        {
            return root;
        }

        var full = root.NodeCount + 3 > MaxNodes;
        return action[..(colon + 1)] switch
        {
            Remove when indexes.Count > 0 => Edit(root, indexes, null),
            _ when full => root,
            AddLeaf => Edit(root, indexes, g => g with { Children = [.. g.Children, RuleNode.Blank()] }),
            AddGroup when indexes.Count + 1 < MaxDepth => Edit(root, indexes, g => g with { Children = [.. g.Children, RuleNode.NewGroup()] }),
            _ => root,
        };
    }

    /// <summary>Changes the group at <paramref name="indexes"/> with <paramref name="change"/>, or removes that node when the change is null.</summary>
    private static RuleNode Edit(RuleNode node, IReadOnlyList<int> indexes, Func<RuleNode, RuleNode>? change)
    {
        if (indexes.Count == 0)
        {
            return change is not null && node.IsGroup ? change(node) : node;
        }

        var index = indexes[0];
        if (!node.IsGroup || index >= node.Children.Count)
        {
            return node;
        }

        if (indexes.Count == 1 && change is null)
        {
            return node with { Children = [.. node.Children.Where((_, i) => i != index)] };
        }

        var children = node.Children.ToList();
        children[index] = Edit(children[index], [.. indexes.Skip(1)], change);
        return node with { Children = children };
    }

    /// <summary>The rule of the group at <paramref name="path"/>; blank requirements are skipped, empty groups reported.</summary>
    public static CriteriaRule? ToRule(RuleNode group, string path, string jsonPath, string language, List<CriteriaError> errors)
    {
        var keyword = group.Combine == RuleNode.AtLeast ? "atLeast.of" : group.Combine;
        var rules = new List<CriteriaRule>();
        for (var i = 0; i < group.Children.Count; i++)
        {
            var child = group.Children[i];
            var childPath = RuleNode.ChildPath(path, i);
            var childJson = $"{jsonPath}.{keyword}[{i}]";
            var rule = child.IsGroup
                ? ToRule(child, childPath, childJson, language, errors)
                : child.Leaf!.IsBlank ? null : child.Leaf.ToRule(childJson, RuleNode.Label(childPath), language, errors);
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        var label = path.Length == 0 ? string.Empty : " " + RuleNode.Label(path);
        if (rules.Count == 0)
        {
            if (path.Length > 0 && !group.Children.Any(c => c.IsGroup))
            {
                errors.Add(new CriteriaError(jsonPath, CriteriaErrors.InvalidValue, UiLanguage.Pick(language,
                    $"Grupo{label}: agregue al menos un requisito o quite el grupo.", $"Group{label}: add at least one requirement or remove the group.")));
            }

            return null;
        }

        if (group.Combine != RuleNode.AtLeast)
        {
            return group.Combine == RuleNode.Any ? new AnyRule(rules) : new AllRule(rules);
        }

        if (!int.TryParse(group.Count, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1 || count > rules.Count)
        {
            errors.Add(new CriteriaError($"{jsonPath}.atLeast.count", CriteriaErrors.OutOfRange, UiLanguage.Pick(language,
                $"Grupo{label}: «al menos» necesita un número entre 1 y {rules.Count}.", $"Group{label}: \"at least\" needs a number from 1 to {rules.Count}.")));
            return null;
        }

        return new AtLeastRule(count, rules);
    }
}
