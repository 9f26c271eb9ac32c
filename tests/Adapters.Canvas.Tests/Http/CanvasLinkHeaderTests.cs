using Insignia.Adapters.Canvas.Http;
using Insignia.Adapters.Canvas.Tests.Infrastructure;

namespace Insignia.Adapters.Canvas.Tests.Http;

public sealed class CanvasLinkHeaderTests
{
    [Fact]
    public void FindNext_RecordedCanvasHeader_ReturnsTheBookmarkUrlUnchanged()
    {
        var header = CanvasPayloads.RecordedLinkHeader(CanvasPayloads.FixtureHost);

        var next = CanvasLinkHeader.FindNext([header], null);

        Assert.Equal(
            "https://canvas.example.edu/api/v1/courses/101/students/submissions?student_ids%5B%5D=all&per_page=5&page=bookmark:Wzc0OTMxMDVd",
            next!.OriginalString);
    }

    [Fact]
    public void FindNext_LastPage_ReturnsNull()
    {
        var header = "<https://canvas.example.edu/api/v1/courses?page=3>; rel=\"current\",<https://canvas.example.edu/api/v1/courses?page=1>; rel=\"first\"";

        Assert.Null(CanvasLinkHeader.FindNext([header], null));
    }

    [Fact]
    public void FindNext_RelativeTarget_ResolvesAgainstTheRequest()
    {
        var next = CanvasLinkHeader.FindNext(["</api/v1/courses?page=bookmark:abc>; rel=next"], new Uri("https://canvas.example.edu/api/v1/courses?per_page=100"));

        Assert.Equal("https://canvas.example.edu/api/v1/courses?page=bookmark:abc", next!.AbsoluteUri);
    }

    [Fact]
    public void FindNext_RelationAmongSeveral_IsFound()
    {
        var next = CanvasLinkHeader.FindNext(["<https://c.example/a?page=2>; rel=\"next last\""], null);

        Assert.Equal("https://c.example/a?page=2", next!.AbsoluteUri);
    }
}
