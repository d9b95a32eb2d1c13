using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// A real <c>serve</c> process talks only to its writer: a request that names another host (a DNS-rebinding page) gets
/// nothing of the site, and open event streams are bounded.
/// </summary>
public sealed partial class ServeHostCheckTests : IDisposable
{
    private readonly TestSite _site = new(TestSite.OneUpdate);
    private readonly System.Diagnostics.Process _serve;
    private readonly int _port;

    public ServeHostCheckTests()
    {
        _site.Write("content/updates/2026-03-03-utkast.md", "---\ntitle: \"Hemligt utkast\"\ndate: 2026-03-03T08:00:00+01:00\ndraft: true\n---\nInte klart.\n");
        _serve = CliProcess.Start(new Dictionary<string, string>(), "serve", _site.Directory, "--drafts", "--port", "0");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var seen = new StringBuilder();
        while (DateTime.UtcNow < deadline)
        {
            var line = _serve.StandardOutput.ReadLine() ?? throw new InvalidOperationException("serve ended: " + _serve.StandardError.ReadToEnd());
            seen.AppendLine(line);
            if (ServingAt().Match(line) is { Success: true } match)
            {
                _port = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                _ = _serve.StandardOutput.ReadToEndAsync();
                _ = _serve.StandardError.ReadToEndAsync();
                return;
            }
        }
        throw new TimeoutException("serve did not start: " + seen);
    }

    /// <summary>A raw HTTP/1.1 request with the Host header a browser would send for the page's own address.</summary>
    private (int Status, string Body) Get(string host, string path = "/updates/2026-03-03-utkast.html")
    {
        using var client = new TcpClient("127.0.0.1", _port);
        using var stream = client.GetStream();
        stream.Write(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = reader.ReadToEnd();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
    }

    [Theory]
    [InlineData("127.0.0.1:{0}")]
    [InlineData("localhost:{0}")]
    [InlineData("[::1]:{0}")]
    public void The_writers_own_addresses_get_the_preview(string host)
    {
        var (status, body) = Get(string.Format(System.Globalization.CultureInfo.InvariantCulture, host, _port));

        Assert.Equal(200, status);
        Assert.Contains("Hemligt utkast", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("attacker.example:{0}")]
    [InlineData("127.0.0.1.nip.io:{0}")]
    [InlineData("localhost.attacker.example:{0}")]
    [InlineData("127.0.0.1:1")]
    [InlineData("127.0.0.1")]
    [InlineData("")]
    public void Any_other_host_gets_nothing_of_the_site(string host)
    {
        var (status, body) = Get(string.Format(System.Globalization.CultureInfo.InvariantCulture, host, _port));

        Assert.True(status is 421 or 400, $"status {status}");
        Assert.DoesNotContain("Hemligt utkast", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Start", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/site.yml")]
    [InlineData("/content/updates/2026-03-02-start.md")]
    public void No_path_reaches_a_file_outside_the_built_site(string path)
    {
        var (status, body) = Get("127.0.0.1:" + _port, path);

        Assert.True(status is 404 or 400, $"status {status}");
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("baseUrl", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_event_stream_also_checks_the_host()
    {
        var (status, _) = Get("attacker.example:" + _port, "/__staticcrisis/events");

        Assert.Equal(421, status);
    }

    [Fact]
    public void Open_event_streams_are_bounded()
    {
        var open = new List<TcpClient>();
        try
        {
            string StatusOfAnotherStream()
            {
                var client = new TcpClient("127.0.0.1", _port);
                open.Add(client);
                var stream = client.GetStream();
                stream.Write(Encoding.ASCII.GetBytes($"GET /__staticcrisis/events HTTP/1.1\r\nHost: 127.0.0.1:{_port}\r\n\r\n"));
                var reader = new StreamReader(stream, Encoding.ASCII);
                return reader.ReadLine() ?? "";
            }
            for (var i = 0; i < StaticCrisis.Cli.Serving.PreviewServer.MaxEventStreams; i++)
                Assert.StartsWith("HTTP/1.1 200", StatusOfAnotherStream(), StringComparison.Ordinal);

            Assert.StartsWith("HTTP/1.1 503", StatusOfAnotherStream(), StringComparison.Ordinal);
            Assert.Equal(200, Get("127.0.0.1:" + _port).Status); // pages are still served
        }
        finally
        {
            foreach (var client in open)
                client.Dispose();
        }
    }

    public void Dispose()
    {
        _serve.Kill(entireProcessTree: true);
        _serve.WaitForExit();
        _serve.Dispose();
        _site.Dispose();
    }

    [GeneratedRegex(@"Serving .* at http://127\.0\.0\.1:(\d+)/")]
    private static partial Regex ServingAt();
}
