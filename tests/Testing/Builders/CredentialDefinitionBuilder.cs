using Insignia.Core.Achievements;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;

namespace Insignia.Testing.Builders;

/// <summary>Builds valid credential definitions (an assessed rule by default).</summary>
public sealed class CredentialDefinitionBuilder
{
    private CredentialDefinition _definition = new()
    {
        Id = "demo-fundamentos",
        CourseKey = "demo/OBP101",
        Name = "Fundamentos de insignias abiertas",
        Description = "Reconoce el dominio de los fundamentos de las insignias abiertas.",
        CriteriaNarrative = "Obtener al menos 50% en el ensayo y aprobar el cuestionario.",
        Rule = new AllRule([new ScoreRule(ActivityKey.Parse("demo:assign:1")) { MinFraction = 0.5 }]),
    };

    public CredentialDefinitionBuilder WithId(string id) => With(d => d with { Id = id });

    public CredentialDefinitionBuilder WithRule(CriteriaRule rule) => With(d => d with { Rule = rule });

    public CredentialDefinitionBuilder WithRule(string json) =>
        With(d => d with { Rule = CriteriaRuleParser.Parse(json).Value ?? throw new ArgumentException("invalid rule", nameof(json)) });

    public CredentialDefinitionBuilder WithCourse(string courseKey) => With(d => d with { CourseKey = courseKey });

    public CredentialDefinitionBuilder WithVersion(int version) => With(d => d with { Version = version });

    public CredentialDefinitionBuilder WithValidity(ValidityPeriod validity) => With(d => d with { Validity = validity });

    public CredentialDefinitionBuilder WithCredits(decimal credits) => With(d => d with { Credits = credits });

    public CredentialDefinition Build() => _definition;

    private CredentialDefinitionBuilder With(Func<CredentialDefinition, CredentialDefinition> change)
    {
        _definition = change(_definition);
        return this;
    }
}
