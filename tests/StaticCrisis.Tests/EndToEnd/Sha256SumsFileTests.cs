using System.Diagnostics;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>SHA256SUMS: every published file, checkable with the standard tool.</summary>
[Collection(SampleSiteBuild.Collection)]
public class Sha256SumsFileTests
{
    private readonly SampleSiteBuild _site;

    public Sha256SumsFileTests(SampleSiteBuild site) => _site = site;

    [Fact]
    public void Lists_every_file_of_the_output_but_itself_and_the_build_marker()
    {
        var listed = Sha256Sums.Parse(_site.Read(Sha256Sums.FileName))!.Keys.Order(StringComparer.Ordinal);
        var onDisk = Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(_site.Output, path).Replace('\\', '/'))
            .Where(path => path is not Sha256Sums.FileName and not ".staticcrisis")
            .Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, listed);
        Assert.Contains("index.html", listed);
        Assert.Contains("style.css", listed);
    }

    [Fact]
    public void Sha256sum_checks_every_file_as_ok()
    {
        var start = new ProcessStartInfo("sha256sum", ["--check", "--strict", Sha256Sums.FileName])
        {
            WorkingDirectory = _site.Output,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, output + errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Sha256Sums.Parse(_site.Read(Sha256Sums.FileName))!.Count, lines.Length);
        Assert.All(lines, line => Assert.EndsWith(": OK", line, StringComparison.Ordinal));
    }
}
