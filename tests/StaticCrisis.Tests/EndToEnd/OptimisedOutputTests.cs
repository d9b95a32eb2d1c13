using System.Diagnostics;
using StaticCrisis.Core.Build;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>Speed-ups never change a byte: cached or freshly compiled templates, one core or all give the same site.</summary>
public class OptimisedOutputTests
{
    [Fact]
    public void Cached_templates_and_parallel_builds_write_exactly_what_a_plain_build_writes()
    {
        using var folder = new TempFolder();
        var cache = folder.Combine("cache");

        // The plain build: one core, in this process.
        var plain = folder.Combine("plain");
        Assert.True(SiteBuilder.Build(new BuildRequest { SiteDirectory = RepoPaths.SampleSite, OutputDirectory = plain, Now = SampleSiteBuild.Now, MaxParallelism = 1 }).Succeeded);

        // The real command in fresh processes: first with an empty template cache (compiles and stores), then loading it.
        var cold = folder.Combine("cold");
        var warm = folder.Combine("warm");
        RunCli(cache, cold);
        Assert.NotEmpty(Directory.EnumerateFiles(cache, "*.dll", SearchOption.AllDirectories));
        RunCli(cache, warm);

        var expected = FolderSnapshot.Take(plain);
        Assert.True(expected.Count > 25);
        Assert.True(FolderSnapshot.Equal(expected, FolderSnapshot.Take(cold)), "a build with a cold template cache differs");
        Assert.True(FolderSnapshot.Equal(expected, FolderSnapshot.Take(warm)), "a build with cached templates differs");
    }

    private static void RunCli(string cache, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "staticcrisis.dll"), "build", RepoPaths.SampleSite, "--output", output })
            start.ArgumentList.Add(arg);
        start.Environment["STATICCRISIS_CACHE"] = cache;
        start.Environment["SOURCE_DATE_EPOCH"] = SampleSiteBuild.Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr);
    }
}
