using System.Text;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// <c>verify</c> against a server that fights back: it never follows a redirect out of http(s), stops reading a body
/// without end, tries a dropped file again before calling it missing, and prints nothing the server chose unescaped.
/// </summary>
public sealed class VerifyHostileServerTests : IDisposable
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<p>Läget</p>");
    private readonly HostileServer _server = new();
    private readonly TempFolder _nowhere = new(); // run verify outside any site, so no site.yml key is picked up

    private static string Manifest(params string[] paths) =>
        string.Concat(paths.Select(path => $"SHA256 ({path}) = {Sha256Sums.HashOf(Page)}\n"));

    private CliRun Verify() => CliRun.Run("verify", _server.BaseUrl, "--site", _nowhere.Path);

    [Fact]
    public void A_redirect_to_a_file_address_is_not_followed()
    {
        _server.OnText("SHA256SUMS", "HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd", "");

        var run = Verify();

        Assert.True(run.ExitCode == 1, run.Stdout + run.Stderr);
        Assert.Contains("HTTP 302 Found to file:///etc/passwd (not followed)", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Verdict: NOT VERIFIED.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_escapes_from_the_server_are_printed_escaped()
    {
        _server.OnText("SHA256SUMS", "HTTP/1.1 200 OK", Manifest("index.html"));
        _server.OnText("index.html", "HTTP/1.1 404 \u001b]0;pwned\u0007\u001b[2JGone", "");

        var run = Verify();

        Assert.True(run.ExitCode == 1, run.Stdout + run.Stderr);
        Assert.DoesNotContain('\u001b', run.Stdout + run.Stderr);
        Assert.DoesNotContain('\u0007', run.Stdout + run.Stderr);
        Assert.Contains("MISSING", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_whose_paths_hold_control_characters_is_not_a_manifest()
    {
        _server.OnText("SHA256SUMS", "HTTP/1.1 200 OK", Manifest("index\u001b[31m.html"));

        var run = Verify();

        Assert.True(run.ExitCode == 1, run.Stdout + run.Stderr);
        Assert.Contains("is not a manifest", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Stdout + run.Stderr);
    }

    [Fact]
    public void A_body_without_end_is_cut_off_at_the_limit()
    {
        _server.On("SHA256SUMS", async (_, stream) =>
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n"));
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'A');
            for (var sent = 0L; sent < 2 * CopyVerifier.MaxManifestBytes; sent += chunk.Length)
                await stream.WriteAsync(chunk);
        });

        var run = Verify();

        Assert.True(run.ExitCode == 1, run.Stdout + run.Stderr);
        Assert.Contains("the server sent more than 32 MB, more than any file of a site; stopped reading", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_connection_drops_twice_is_fetched_on_the_third_try()
    {
        _server.OnText("SHA256SUMS", "HTTP/1.1 200 OK", Manifest("index.html"));
        _server.On("index.html", async (hits, stream) =>
        {
            if (hits < 2)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n<p>"));
                return; // the connection closes 997 bytes early
            }
            await HostileServer.Write(stream, "HTTP/1.1 200 OK", Page);
        });

        var run = Verify();

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("1 file OK, 0 different, 0 missing.", run.Stdout, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _server.Dispose();
        _nowhere.Dispose();
    }
}
