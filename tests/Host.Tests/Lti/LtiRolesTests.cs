using Insignia.Host.Lti;

namespace Insignia.Host.Tests.Lti;

public sealed class LtiRolesTests
{
    [Theory]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper")]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator")]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant")]
    [InlineData("Instructor")]
    [InlineData("Administrator")]
    public void IsInstructor_TeachingRole_IsTrue(string role) => Assert.True(LtiRoles.IsInstructor([role]));

    [Theory]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner")]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student")]
    [InlineData("Learner")]
    public void IsInstructor_LearnerRole_IsFalse(string role) => Assert.False(LtiRoles.IsInstructor([role]));
}
