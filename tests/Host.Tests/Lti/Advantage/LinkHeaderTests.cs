using Insignia.Host.Lti.Advantage;

namespace Insignia.Host.Tests.Lti.Advantage;

public sealed class LinkHeaderTests
{
    [Fact]
    public void Find_SeveralLinksWithCommaInUrl_ReturnsNext()
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("Link", "<https://lms.example.com/li?page=1&x=a,b>; rel=\"first\", <https://lms.example.com/li?page=3&x=a,b>; rel=\"next\"");

        Assert.Equal("https://lms.example.com/li?page=3&x=a,b", LinkHeader.Find(response, "next"));
    }

    [Fact]
    public void WithPathSegment_QueryString_InsertsSegmentBeforeQuery()
    {
        Assert.Equal("https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=2", AgsUrls.WithPathSegment("https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=2", "scores").AbsoluteUri);
    }
}
