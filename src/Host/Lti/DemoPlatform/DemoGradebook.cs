using System.Collections.Concurrent;
using Insignia.Host.Lti.Advantage;

namespace Insignia.Host.Lti.DemoPlatform;

/// <summary>
/// The demo LMS's gradebook for AGS: line items and each learner's latest score, in memory (the demo resets on
/// restart). Stored per course; ids are small counters.
/// </summary>
internal sealed class DemoGradebook
{
    private readonly ConcurrentDictionary<string, Course> _courses = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Id, AgsLineItem Item)> LineItems(string courseId) =>
        Get(courseId).Items.OrderBy(i => int.Parse(i.Key, System.Globalization.CultureInfo.InvariantCulture)).Select(i => (i.Key, i.Value)).ToList();

    public AgsLineItem? Find(string courseId, string lineItemId) => Get(courseId).Items.GetValueOrDefault(lineItemId);

    public string Add(string courseId, AgsLineItem item)
    {
        var course = Get(courseId);
        var id = Interlocked.Increment(ref course.NextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        course.Items[id] = item;
        return id;
    }

    /// <summary>Keeps the score unless an earlier one has a later timestamp (AGS: out-of-order scores are ignored).</summary>
    public void Record(string courseId, string lineItemId, AgsScore score) =>
        Get(courseId).Scores.AddOrUpdate((lineItemId, score.UserId), score, (_, previous) => previous.Timestamp > score.Timestamp ? previous : score);

    public IReadOnlyList<AgsScore> Scores(string courseId, string lineItemId) =>
        Get(courseId).Scores.Where(s => s.Key.LineItemId == lineItemId).Select(s => s.Value).OrderBy(s => s.UserId, StringComparer.Ordinal).ToList();

    private Course Get(string courseId) => _courses.GetOrAdd(courseId, _ => new Course());

    private sealed class Course
    {
        public int NextId;

        public ConcurrentDictionary<string, AgsLineItem> Items { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<(string LineItemId, string UserId), AgsScore> Scores { get; } = new();
    }
}
