using System.IO.Compression;
using System.Net;
using System.Text;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Http;

/// <summary>Pages, feeds and API answers come compressed with Brotli or gzip when the client asks, and the same once unpacked.</summary>
public sealed class CompressionTests(HttpSite site) : IClassFixture<HttpSite>
{
    [Theory]
    [InlineData("/clusters/health-science", "br", "br")]
    [InlineData("/clusters/health-science", "gzip", "gzip")]
    [InlineData("/clusters/health-science", "gzip, deflate, br, zstd", "br")]
    [InlineData("/clusters/health-science", "br;q=0.5, gzip", "gzip")]
    [InlineData("/clusters/health-science", "br;q=0, gzip;q=0.8", "gzip")]
    [InlineData("/clusters/health-science", "*", "br")]
    [InlineData("/clusters/health-science", "identity", "")]
    [InlineData("/search?q=nurse", "br", "br")]
    [InlineData("/sitemap.xml", "gzip", "gzip")]
    [InlineData("/opensearch.xml", "br", "br")]
    [InlineData("/api/search/suggest?q=nurse", "gzip", "gzip")]
    [InlineData("/qr.svg?page=/clusters/health-science", "br", "br")]
    public async Task WhatTheClientAccepts_IsWhatItGets_AndUnpacksToTheSameBody(string path, string accept, string expected)
    {
        using var plain = await site.SendAsync(HttpMethod.Get, path);
        using var compressed = await site.SendAsync(HttpMethod.Get, path, ("Accept-Encoding", accept));
        byte[] body = await compressed.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Equal("", HeadRequestTests.Values(plain, "Content-Encoding"));
        Assert.Equal(expected, HeadRequestTests.Values(compressed, "Content-Encoding"));
        Assert.Contains("Accept-Encoding", HeadRequestTests.Values(compressed, "Vary"), StringComparison.Ordinal);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), Encoding.UTF8.GetString(Unpack(body, expected)));
        if (expected != "")
        {
            Assert.True(body.Length < (await plain.Content.ReadAsByteArrayAsync()).Length / 2 || body.Length < 1000,
                $"{path} as {expected}: {body.Length} bytes");
        }
    }

    [Theory]
    [InlineData("/clusters/health-science", 11)]
    [InlineData("/occupations/registered-nurses", 11)]
    [InlineData("/search?q=nurse", 4)]
    public async Task CachedPages_GetBrotlisSmallestSize_AndSearches_AFastLevel(string path, int quality)
    {
        using var plain = await site.SendAsync(HttpMethod.Get, path);
        using var compressed = await site.SendAsync(HttpMethod.Get, path, ("Accept-Encoding", "br"));
        byte[] expected;
        using (var output = new MemoryStream())
        {
            using (var brotli = new BrotliStream(output, new BrotliCompressionOptions { Quality = quality }, leaveOpen: true))
            {
                brotli.Write(await plain.Content.ReadAsByteArrayAsync());
            }
            expected = output.ToArray();
        }

        Assert.Equal(expected, await compressed.Content.ReadAsByteArrayAsync());
    }

    private static byte[] Unpack(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream stream = encoding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            _ => input,
        };
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}

/// <summary>A cached page is compressed once per content generation and encoding, not on every request.</summary>
public sealed class CompressOncePerGenerationTests : IDisposable
{
    private readonly ContentCopy _content = new();
    private readonly CountingBrotli _brotli = new();
    private readonly WebSite _site;

    public CompressOncePerGenerationTests() => _site = new WebSite(_content.Path, _brotli);

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        var response = await client.SendAsync(request);
        Assert.Equal("br", string.Join("", response.Content.Headers.ContentEncoding));
        return response;
    }

    [Fact]
    public async Task ACachedPage_IsCompressedOnce_ThenAgainOnlyAfterAReload()
    {
        using var client = _site.CreatePlainClient();
        for (int i = 0; i < 5; i++)
        {
            using var response = await GetAsync(client, "/clusters/health-science");
        }
        int afterFive = _brotli.Streams;

        _content.Edit("clusters/health-science.md", "title: \"Health Science\"", "title: \"Health Science Careers\"");
        await _site.Services.GetRequiredService<ContentStore>().LoadAsync("test");
        for (int i = 0; i < 5; i++)
        {
            using var response = await GetAsync(client, "/clusters/health-science");
        }

        Assert.Equal(1, afterFive);
        Assert.Equal(2, _brotli.Streams);
    }

    [Fact]
    public async Task ASearchTheCacheCannotAnswer_IsCompressedEachTime()
    {
        using var client = _site.CreatePlainClient();
        for (int i = 0; i < 3; i++)
        {
            using var response = await GetAsync(client, $"/search?q=nurse&n={i}");
        }

        Assert.Equal(3, _brotli.Streams);
    }

    /// <summary>Brotli that counts the responses it compresses; put ahead of the site's own.</summary>
    private sealed class CountingBrotli : ICompressionProvider
    {
        private int _streams;

        public int Streams => _streams;

        public string EncodingName => "br";

        public bool SupportsFlush => true;

        public Stream CreateStream(Stream outputStream)
        {
            Interlocked.Increment(ref _streams);
            return new BrotliStream(outputStream, CompressionLevel.Fastest, leaveOpen: true);
        }
    }

    private sealed class WebSite(string content, CountingBrotli brotli)
        : SiteFactory(content, new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.Configure<ResponseCompressionOptions>(options => options.Providers.Insert(0, brotli)));
        }
    }
}
