namespace Insignia.Benchmarks.Linked;

/// <summary>
/// A realistic OB 3.0 AchievementCredential as Insignia issues it: achievement with alignments and result
/// descriptions, results, five evidence items, a hashed identifier and a Bitstring status entry (no proof yet).
/// </summary>
internal static class RichAchievementCredential
{
    public const string Json = """
    {
      "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"
      ],
      "id": "urn:uuid:0b9c5a2e-6f4e-4f8e-9d3a-1c2b3a4d5e6f",
      "type": ["VerifiableCredential", "AchievementCredential"],
      "issuer": {
        "id": "did:web:badges.universidad.example",
        "type": ["Profile"],
        "name": "Universidad de Ejemplo — Facultad de Informática",
        "url": "https://www.universidad.example",
        "email": "insignias@universidad.example"
      },
      "validFrom": "2026-06-30T12:00:00Z",
      "validUntil": "2030-06-30T12:00:00Z",
      "name": "Programación Básica en C#",
      "description": "Insignia otorgada al superar el curso de programación básica.",
      "credentialSubject": {
        "type": ["AchievementSubject"],
        "identifier": [{
          "type": "IdentityObject",
          "identityHash": "sha256$4c2b7a6d2f0e5b8d1a9c3e7f6b5a4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e",
          "identityType": "emailAddress",
          "hashed": true,
          "salt": "n7Qk2mX9"
        }],
        "activityStartDate": "2026-02-01T00:00:00Z",
        "activityEndDate": "2026-06-15T00:00:00Z",
        "creditsEarned": 6,
        "achievement": {
          "id": "https://badges.universidad.example/achievements/csharp-basico/v3",
          "type": ["Achievement"],
          "achievementType": "Certificate",
          "name": "Programación Básica en C#",
          "description": "Demuestra dominio de tipos, control de flujo, colecciones y pruebas unitarias en C#.",
          "criteria": {
            "narrative": "Obtener al menos 70 en el examen final, aprobar 4 de 5 prácticas y alcanzar el nivel 'Competente' en la rúbrica del proyecto."
          },
          "image": {"id": "https://badges.universidad.example/images/csharp-basico.png", "type": "Image", "caption": "Insignia C#"},
          "creator": {"id": "did:web:badges.universidad.example", "type": ["Profile"], "name": "Universidad de Ejemplo"},
          "creditsAvailable": 6,
          "humanCode": "INF-101",
          "fieldOfStudy": "Computer Science",
          "inLanguage": "es",
          "version": "3",
          "tag": ["programación", "csharp", "dotnet"],
          "alignment": [
            {"type": ["Alignment"], "targetName": "Write unit tests", "targetUrl": "https://frameworks.example/skills/unit-testing", "targetType": "ceasn:Competency", "targetFramework": "Skills Framework", "targetCode": "SK-UT-01"},
            {"type": ["Alignment"], "targetName": "Use generic collections", "targetUrl": "https://frameworks.example/skills/collections", "targetType": "ceasn:Competency", "targetFramework": "Skills Framework", "targetCode": "SK-COL-02"}
          ],
          "resultDescription": [
            {"id": "urn:uuid:8f6b7c2a-0d1e-4f3a-9b8c-7d6e5f4a3b2c", "type": ["ResultDescription"], "name": "Examen final", "resultType": "ScaledScore", "valueMin": "0", "valueMax": "100", "requiredValue": "70"},
            {"id": "urn:uuid:2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "type": ["ResultDescription"], "name": "Prácticas aprobadas", "resultType": "Status", "allowedValue": ["Completed", "Failed"], "requiredValue": "Completed"},
            {"id": "urn:uuid:3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "type": ["ResultDescription"], "name": "Rúbrica del proyecto", "resultType": "RubricCriterionLevel",
              "requiredLevel": "urn:uuid:5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
              "rubricCriterionLevel": [
                {"id": "urn:uuid:4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a", "type": ["RubricCriterionLevel"], "name": "Inicial", "level": "1", "points": "1"},
                {"id": "urn:uuid:5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "type": ["RubricCriterionLevel"], "name": "Competente", "level": "2", "points": "2"},
                {"id": "urn:uuid:6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c", "type": ["RubricCriterionLevel"], "name": "Avanzado", "level": "3", "points": "3"}
              ]}
          ]
        },
        "result": [
          {"type": ["Result"], "resultDescription": "urn:uuid:8f6b7c2a-0d1e-4f3a-9b8c-7d6e5f4a3b2c", "value": "86"},
          {"type": ["Result"], "resultDescription": "urn:uuid:2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "status": "Completed"},
          {"type": ["Result"], "resultDescription": "urn:uuid:3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "achievedLevel": "urn:uuid:6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c"}
        ]
      },
      "evidence": [
        {"id": "https://lms.universidad.example/mod/quiz/review.php?attempt=1001", "type": ["Evidence"], "name": "Examen final", "description": "Calificación 86/100", "genre": "Assessment"},
        {"id": "https://lms.universidad.example/mod/assign/view.php?id=2001", "type": ["Evidence"], "name": "Práctica 1: tipos", "genre": "Assignment"},
        {"id": "https://lms.universidad.example/mod/assign/view.php?id=2002", "type": ["Evidence"], "name": "Práctica 2: colecciones", "genre": "Assignment"},
        {"id": "https://lms.universidad.example/mod/assign/view.php?id=2003", "type": ["Evidence"], "name": "Práctica 3: LINQ", "genre": "Assignment"},
        {"type": ["Evidence"], "name": "Proyecto final", "narrative": "Proyecto evaluado con la rúbrica: nivel Avanzado. 🎓", "audience": "Empleadores"}
      ],
      "credentialStatus": {
        "id": "https://badges.universidad.example/status/3#94567",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "94567",
        "statusListCredential": "https://badges.universidad.example/status/3"
      },
      "credentialSchema": [{
        "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
        "type": "1EdTechJsonSchemaValidator2019"
      }]
    }
    """;
}
