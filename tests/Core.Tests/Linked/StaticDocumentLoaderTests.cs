using System.Text.Json;
using Insignia.Core.Linked;
using Insignia.Core.Linked.JsonLd;
using Insignia.Testing;

namespace Insignia.Core.Tests.Linked;

public sealed class StaticDocumentLoaderTests
{
    public static TheoryData<string> Urls => [.. StaticDocumentLoader.Instance.Urls.Order(StringComparer.Ordinal)];

    public static TheoryData<string, string> PublishedFiles
    {
        get
        {
            var data = new TheoryData<string, string>();
            using var index = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.SharedPath("standards", "w3c", "index.json")));
            foreach (var entry in index.RootElement.EnumerateObject())
            {
                data.Add(entry.Value.GetProperty("url").GetString()!, Path.Combine("w3c", entry.Name));
            }

            foreach (var file in new[] { "context.json", "context-3.0.1.json", "context-3.0.2.json", "context-3.0.3.json", "extensions.json" })
            {
                data.Add("https://purl.imsglobal.org/spec/ob/v3p0/" + file, Path.Combine("ob3", "context", file));
            }

            foreach (var file in new[] { "context.json", "context-2.0.1.json" })
            {
                data.Add("https://purl.imsglobal.org/spec/clr/v2p0/" + file, Path.Combine("clr2", "context", file));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public void Load_EmbeddedUrl_ReturnsJsonWithTopLevelContext(string url)
    {
        var document = StaticDocumentLoader.Instance.Load(url);

        var map = Assert.IsType<Dictionary<string, object?>>(document.Document);
        Assert.True(map.ContainsKey("@context"));
    }

    [Theory]
    [MemberData(nameof(PublishedFiles))]
    public void LoadText_PublishedContext_IsVerbatimCopy(string url, string sharedFile)
    {
        var text = StaticDocumentLoader.Instance.LoadText(url);

        Assert.Equal(File.ReadAllText(RepositoryPaths.SharedPath(["standards", .. sharedFile.Split(Path.DirectorySeparatorChar)])), text);
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public void Expand_DocumentUsingEmbeddedContext_ProcessesContext(string url)
    {
        var document = new Dictionary<string, object?> { ["@context"] = url, ["@id"] = "urn:example:1" };

        var exception = Record.Exception(() => JsonLdExpander.Expand(document, JsonLdOptions.Default));

        if (url == "https://w3id.org/security/v2")
        {
            // security/v2 pulls in security/v1, which is not among the embedded contexts.
            Assert.Contains("https://w3id.org/security/v1", Assert.IsType<JsonLdException>(exception).Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(exception);
        }
    }

    [Theory]
    [InlineData("https://www.w3.org/ns/credentials/examples/v2")]
    [InlineData("https://w3id.org/security/v1")]
    [InlineData("http://www.w3.org/ns/credentials/v2")]
    public void Load_UrlNotEmbedded_ThrowsLoadingRemoteContextFailed(string url)
    {
        var exception = Assert.Throws<JsonLdException>(() => StaticDocumentLoader.Instance.Load(url));

        Assert.Equal("loading remote context failed", exception.SpecCode);
        Assert.Contains(url, exception.Message, StringComparison.Ordinal);
        Assert.Contains("only the JSON-LD contexts embedded", exception.Message, StringComparison.Ordinal);
    }
}
