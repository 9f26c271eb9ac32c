using Insignia.Core.Courses;

namespace Insignia.Host.Web.Course;

/// <summary>What the rule builder offers: the course's activities and the institution's other credentials (for stacking).</summary>
internal sealed record RuleChoices(IReadOnlyList<CatalogActivity> Activities, IReadOnlyList<(string Id, string Name)> Credentials);
