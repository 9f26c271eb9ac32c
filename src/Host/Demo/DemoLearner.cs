namespace Insignia.Host.Demo;

/// <summary>A learner of the demo course and what they did.</summary>
internal sealed record DemoLearner(string Id, string Name, string Email, double? Essay, IReadOnlyList<double> QuizAttempts, int? OutcomeLevel, bool Participates);
