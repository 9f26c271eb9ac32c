using Insignia.Core.Achievements;
using Insignia.Core.Criteria;

namespace Insignia.Core.Tests.Achievements;

public sealed class CredentialDefinitionReaderTests
{
    private const string Valid = """
        { "id": "obp101-fundamentos", "course": "demo/OBP101", "name": "Fundamentos", "description": "Describe.",
          "criteriaNarrative": "Aprobar.", "credits": 1.5, "validity": "P1Y6M", "language": "es-MX",
          "learningOutcomes": [ { "id": "lo1", "name": "Explica." } ],
          "alignments": [ { "targetName": "CD-3.2", "targetUrl": "https://example.edu.mx/marco/3.2" } ],
          "rule": { "score": { "activity": "demo:assign:1", "min": 0.5 } } }
        """;

    [Fact]
    public void Read_ValidDefinition_ParsesEveryField()
    {
        var definition = CredentialDefinitionReader.Read(Valid).Value!;

        Assert.Equal(1.5m, definition.Credits);
        Assert.Equal(new ValidityPeriod(1, 6, 0), definition.Validity);
        Assert.Equal("lo1", Assert.Single(definition.LearningOutcomes).Id);
        Assert.Equal("https://example.edu.mx/marco/3.2", Assert.Single(definition.Alignments).TargetUrl.AbsoluteUri);
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        var definition = CredentialDefinitionReader.Read(Valid).Value!;

        var again = CredentialDefinitionReader.Read(CredentialDefinitionWriter.Write(definition)).Value!;

        Assert.Equal(CredentialDefinitionWriter.Write(definition), CredentialDefinitionWriter.Write(again));
    }

    [Theory]
    [InlineData("\"id\": \"obp101-fundamentos\"", "\"id\": \"OBP 101\"", "$.id")]
    [InlineData("\"credits\": 1.5", "\"credits\": -2", "$.credits")]
    [InlineData("\"validity\": \"P1Y6M\"", "\"validity\": \"two years\"", "$.validity")]
    [InlineData("\"language\": \"es-MX\"", "\"language\": \"spanish!\"", "$.language")]
    [InlineData("\"criteriaNarrative\": \"Aprobar.\",", "", "$.criteriaNarrative")]
    [InlineData("\"targetUrl\": \"https://example.edu.mx/marco/3.2\"", "\"targetUrl\": \"marco\"", "$.alignments[0].targetUrl")]
    public void Read_InvalidField_ReportsItsPath(string original, string replacement, string path)
    {
        var result = CredentialDefinitionReader.Read(Valid.Replace(original, replacement, StringComparison.Ordinal));

        Assert.Contains(result.Errors, e => e.Path == path);
    }

    [Fact]
    public void Validate_StackingOnItself_IsCyclic()
    {
        var definition = CredentialDefinitionReader.Read(Valid).Value! with { Rule = new CredentialRule("obp101-fundamentos") };

        var errors = CredentialDefinitionValidator.Validate(definition, null, _ => null);

        Assert.Contains(errors, e => e.Code == CriteriaErrors.CyclicStacking && e.Path == "$.rule.credential.definition");
    }
}
