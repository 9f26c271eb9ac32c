using System.Net;
using Insignia.Adapters.Canvas.Http;
using Insignia.Adapters.Canvas.Tests.Infrastructure;

namespace Insignia.Adapters.Canvas.Tests.Http;

public sealed class CanvasThrottleDetectorTests
{
    [Fact]
    public async Task IsThrottledAsync_429_IsThrottling()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.True(await CanvasThrottleDetector.IsThrottledAsync(response, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task IsThrottledAsync_Legacy403RateLimitBody_IsThrottling()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent("403 Forbidden (Rate Limit Exceeded)") };

        Assert.True(await CanvasThrottleDetector.IsThrottledAsync(response, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task IsThrottledAsync_PermissionRefusal403_IsNotThrottling()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent(CanvasPayloads.Shared("error_401_user_not_authorized.json")) };

        Assert.False(await CanvasThrottleDetector.IsThrottledAsync(response, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task IsThrottledAsync_After403Check_BodyCanStillBeRead()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent("403 Forbidden (Rate Limit Exceeded)") };
        await CanvasThrottleDetector.IsThrottledAsync(response, TestContext.Current.CancellationToken);

        Assert.Equal("403 Forbidden (Rate Limit Exceeded)", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
