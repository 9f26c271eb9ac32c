using System.Text.Json.Nodes;

namespace Insignia.Testing.Credentials;

/// <summary>
/// A rich, unsigned Open Badges 3.0 credential (issuer profile, hashed identity, achievement with alignments and
/// rubric result descriptions, results, evidence) that uses only terms the OB 3.0.3 context defines.
/// </summary>
public static class SampleOpenBadgeCredential
{
    /// <summary>Builds a new copy of the sample credential.</summary>
    /// <returns>The credential as a mutable JSON object.</returns>
    public static JsonObject Build() => JsonNode.Parse(Json)!.AsObject();

    private const string Json = """
    {
      "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
      "id": "urn:uuid:0f3c2a6e-6a55-4c1e-9a43-2c0e7f1d8b21",
      "type": ["VerifiableCredential", "OpenBadgeCredential"],
      "name": "Data Analysis Foundations",
      "description": "Awarded for passing the graded assessments of Data Analysis Foundations.",
      "issuer": {
        "id": "https://badges.example.edu/issuers/7",
        "type": ["Profile"],
        "name": "Example University, Faculty of Science",
        "url": "https://www.example.edu/science",
        "email": "badges@example.edu",
        "image": { "id": "https://badges.example.edu/issuers/7/logo.png", "type": "Image", "caption": "Faculty logo" }
      },
      "validFrom": "2026-06-30T12:00:00Z",
      "validUntil": "2031-06-30T12:00:00Z",
      "credentialSubject": {
        "type": ["AchievementSubject"],
        "identifier": [{
          "type": "IdentityObject",
          "identityHash": "sha256$3f2b8c1e4d0a7b6c5e9f8a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5",
          "identityType": "emailAddress",
          "hashed": true,
          "salt": "b5a1c9e2"
        }],
        "activityStartDate": "2026-02-01T00:00:00Z",
        "activityEndDate": "2026-06-15T00:00:00Z",
        "creditsEarned": 5,
        "achievement": {
          "id": "https://badges.example.edu/achievements/data-analysis-foundations/v3",
          "type": ["Achievement"],
          "achievementType": "Course",
          "name": "Data Analysis Foundations",
          "description": "Cleans, summarises and visualises tabular data, and states the limits of its conclusions.",
          "humanCode": "STAT 101",
          "fieldOfStudy": "Statistics",
          "inLanguage": "en",
          "version": "3",
          "creditsAvailable": 5,
          "tag": ["statistics", "data analysis", "visualisation"],
          "image": { "id": "https://badges.example.edu/achievements/data-analysis-foundations/badge.png", "type": "Image", "caption": "Badge" },
          "criteria": {
            "id": "https://badges.example.edu/achievements/data-analysis-foundations/v3#criteria",
            "narrative": "Score at least 70% on the final project and reach 'Proficient' on the interpretation rubric criterion."
          },
          "alignment": [
            {
              "type": ["Alignment"],
              "targetName": "Describe data with summary statistics",
              "targetUrl": "https://frameworks.example.org/stats/outcomes/1",
              "targetDescription": "Computes and interprets measures of centre and spread.",
              "targetFramework": "Example Statistics Outcomes",
              "targetCode": "STATS-1",
              "targetType": "CFItem"
            },
            {
              "type": ["Alignment"],
              "targetName": "Communicate findings with charts",
              "targetUrl": "https://frameworks.example.org/stats/outcomes/4",
              "targetFramework": "Example Statistics Outcomes",
              "targetCode": "STATS-4",
              "targetType": "CFItem"
            }
          ],
          "resultDescription": [
            {
              "id": "urn:uuid:8d5a7e1c-2b3f-4a6d-9c0e-1f2a3b4c5d6e",
              "type": ["ResultDescription"],
              "name": "Final project score",
              "resultType": "Percent",
              "valueMin": "0",
              "valueMax": "100",
              "requiredValue": "70"
            },
            {
              "id": "urn:uuid:4c3b2a19-0f8e-4d7c-8b6a-5e4d3c2b1a09",
              "type": ["ResultDescription"],
              "name": "Interpretation",
              "resultType": "RubricCriterionLevel",
              "requiredLevel": "urn:uuid:aa11bb22-cc33-4d44-8e55-ff6677889900",
              "rubricCriterionLevel": [
                { "id": "urn:uuid:99887766-5544-4332-8110-ffeeddccbbaa", "type": ["RubricCriterionLevel"], "name": "Developing", "level": "1", "points": "1" },
                { "id": "urn:uuid:aa11bb22-cc33-4d44-8e55-ff6677889900", "type": ["RubricCriterionLevel"], "name": "Proficient", "level": "2", "points": "2" },
                { "id": "urn:uuid:12345678-9abc-4def-8123-456789abcdef", "type": ["RubricCriterionLevel"], "name": "Exemplary", "level": "3", "points": "3" }
              ]
            }
          ]
        },
        "result": [
          { "type": ["Result"], "resultDescription": "urn:uuid:8d5a7e1c-2b3f-4a6d-9c0e-1f2a3b4c5d6e", "value": "86" },
          { "type": ["Result"], "resultDescription": "urn:uuid:4c3b2a19-0f8e-4d7c-8b6a-5e4d3c2b1a09", "achievedLevel": "urn:uuid:12345678-9abc-4def-8123-456789abcdef", "status": "Completed" }
        ]
      },
      "evidence": [
        {
          "id": "https://lms.example.edu/mod/assign/view.php?id=4411",
          "type": ["Evidence"],
          "name": "Final project",
          "description": "Graded final project submission.",
          "narrative": "Scored 86% (graded by the course instructor on 2026-06-12).",
          "genre": "Assignment",
          "audience": "Instructors"
        }
      ]
    }
    """;
}
