namespace Insignia.Host.Web.Insights;

/// <summary>One series of a bar chart: its name and one value per category.</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
