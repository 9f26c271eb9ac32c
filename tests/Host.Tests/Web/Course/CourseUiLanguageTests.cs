using Insignia.Host.Lti.Session;
using Insignia.Host.Web;
using Insignia.Host.Web.Course;
using Microsoft.AspNetCore.Http;

namespace Insignia.Host.Tests.Web.Course;

public sealed class CourseUiLanguageTests
{
    private static readonly LtiSession Session = new("demo", "OBP101", "1001", IsInstructor: false, DateTimeOffset.MaxValue);

    [Theory]
    [InlineData("en-US", "es-MX,es;q=0.9", null, UiLanguage.English)]
    [InlineData("es-MX", "en-US", null, UiLanguage.Spanish)]
    [InlineData("en-US", "en-US", "es", UiLanguage.Spanish)]
    [InlineData(null, "en-GB", null, UiLanguage.English)]
    [InlineData(null, "fr-FR", null, UiLanguage.Spanish)]
    public void Language_LaunchLocaleAcceptLanguageAndQuery_PicksInThatPrecedence(string? locale, string acceptLanguage, string? query, string expected)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.AcceptLanguage = acceptLanguage;
        if (query is not null)
        {
            http.Request.QueryString = new QueryString($"?lang={query}");
        }

        Assert.Equal(expected, CourseUi.Language(http, Session with { Locale = locale }));
    }
}
