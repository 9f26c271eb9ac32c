using Insignia.Core.Courses;
using Insignia.Core.Evidence;

namespace Insignia.Host.Demo;

/// <summary>The demo course "OBP101": its activities and its named learners.</summary>
internal static class DemoCourse
{
    public const string Connection = "demo";
    public const string CourseId = "OBP101";
    public const string Title = "OBP101 · Fundamentos de insignias abiertas";
    public const string DefinitionId = "obp101-fundamentos";

    public static readonly ActivityKey Essay = ActivityKey.Parse("demo:assign:1");
    public static readonly ActivityKey Quiz = ActivityKey.Parse("demo:quiz:2");
    public static readonly ActivityKey Forum = ActivityKey.Parse("demo:forum:3");
    public static readonly ActivityKey Reading = ActivityKey.Parse("demo:page:4");
    public static readonly ActivityKey Outcome = ActivityKey.Parse("demo:outcome:1");

    public static IReadOnlyList<CatalogActivity> Activities { get; } =
    [
        new(Essay, "Ensayo: ¿Qué es una insignia abierta?") { MaxPoints = 100, PassPoints = 50, IsAssessed = true },
        new(Quiz, "Cuestionario de fundamentos") { MaxPoints = 10, PassPoints = 6, IsAssessed = true },
        new(Forum, "Foro de presentación"),
        new(Reading, "Lectura: Open Badges 3.0"),
        new(Outcome, "Explica cómo se verifica una credencial") { MaxLevel = 4, IsAssessed = true },
    ];

    /// <summary>The named learners: id, name, email, essay points, quiz attempts (points), outcome level, participation.</summary>
    public static IReadOnlyList<DemoLearner> Learners { get; } =
    [
        new("1001", "Ana López", "ana.lopez@example.edu.mx", Essay: 92, QuizAttempts: [10], OutcomeLevel: 4, Participates: true),
        new("1002", "Bruno Hernández", "bruno.hernandez@example.edu.mx", Essay: 78, QuizAttempts: [5, 8], OutcomeLevel: 3, Participates: true),
        new("1003", "Carla Martínez", "carla.martinez@example.edu.mx", Essay: 55, QuizAttempts: [3, 5], OutcomeLevel: 2, Participates: true),
        new("1004", "Diego Ramírez", "diego.ramirez@example.edu.mx", Essay: 40, QuizAttempts: [10], OutcomeLevel: null, Participates: true),
        new("1005", "Elena Torres", "elena.torres@example.edu.mx", Essay: null, QuizAttempts: [], OutcomeLevel: null, Participates: true),
        new("1006", "Fernando Cruz", "fernando.cruz@example.edu.mx", Essay: null, QuizAttempts: [9], OutcomeLevel: null, Participates: false),
    ];

    public static string DefinitionJson => $$"""
        {
          "id": "{{DefinitionId}}",
          "course": "{{Connection}}/{{CourseId}}",
          "name": "Fundamentos de insignias abiertas",
          "description": "Reconoce que la persona explica qué es una credencial verificable y cómo se verifica.",
          "criteriaNarrative": "Obtener al menos 50% en el ensayo evaluado y aprobar el cuestionario de fundamentos (6 de 10).",
          "learningOutcomes": [
            { "id": "lo1", "name": "Explica qué es una insignia abierta y qué la hace verificable." },
            { "id": "lo2", "name": "Distingue evidencia evaluada de participación." }
          ],
          "credits": 1,
          "workloadHours": 20,
          "assessmentType": "Ensayo y cuestionario",
          "language": "es-MX",
          "validity": "P2Y",
          "rule": { "all": [
            { "score": { "activity": "{{Essay}}", "min": 0.5 } },
            { "completion": { "activity": "{{Quiz}}", "state": "passed" } }
          ] }
        }
        """;
}
