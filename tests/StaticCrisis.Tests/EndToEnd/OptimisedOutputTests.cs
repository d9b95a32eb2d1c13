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
        using var sample = new SampleSiteCopy(new Dictionary<string, string>());
        var cache = Path.Combine(sample.Directory, "cache");

        // The plain build: one core, in this process, with the built-in theme compiled into the tool.
        var plain = Path.Combine(sample.Directory, "plain");
        Assert.True(SiteBuilder.Build(new BuildRequest { SiteDirectory = sample.Directory, OutputDirectory = plain, Now = SampleSiteBuild.Now, MaxParallelism = 1 }).Succeeded);

        // The site's own copy of the theme, with one more (unused) template, is compiled at run time like any site's theme.
        sample.UseOwnCopyOfTheBuiltInTheme();

        // The real command in fresh processes: first with an empty template cache (compiles and stores), then loading it.
        var cold = Path.Combine(sample.Directory, "cold");
        var warm = Path.Combine(sample.Directory, "warm");
        RunCli(sample.Directory, cache, cold);
        var cached = Directory.EnumerateFiles(cache, "*.dll", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(cached);
        var writtenBefore = cached.Select(File.GetLastWriteTimeUtc).ToList();
        RunCli(sample.Directory, cache, warm);
        Assert.Equal(writtenBefore, cached.Select(File.GetLastWriteTimeUtc)); // read, not compiled again

        var expected = FolderSnapshot.Take(plain);
        Assert.True(expected.Count > 25);
        Assert.True(FolderSnapshot.Equal(expected, FolderSnapshot.Take(cold)), "a build with a cold template cache differs");
        Assert.True(FolderSnapshot.Equal(expected, FolderSnapshot.Take(warm)), "a build with cached templates differs");
    }

    [Fact]
    public void Compiling_a_theme_removes_cache_folders_that_no_build_has_used_for_30_days()
    {
        using var sample = new SampleSiteCopy(new Dictionary<string, string>());
        sample.UseOwnCopyOfTheBuiltInTheme();
        var templates = Path.Combine(sample.Directory, "cache", "templates");
        var now = DateTime.UtcNow;
        string Folder(string path, DateTime used, bool finished = true)
        {
            var folder = Path.Combine(templates, path);
            Directory.CreateDirectory(folder);
            if (finished)
            {
                File.WriteAllText(Path.Combine(folder, ".complete"), "");
                File.SetLastWriteTimeUtc(Path.Combine(folder, ".complete"), used);
            }
            Directory.SetLastWriteTimeUtc(folder, used);
            return folder;
        }
        var oldToolBuild = Folder("0123456789abcdef/OLDTHEME", now.AddDays(-40));
        var usedLastWeek = Folder("0123456789abcdef/RECENT", now.AddDays(-7));
        var leftByAKilledRun = Folder("fedcba9876543210/THEME.tmp-1", now.AddDays(-2), finished: false);
        var beingCompiledNow = Folder("fedcba9876543210/THEME.tmp-2", now, finished: false);

        RunCli(sample.Directory, Path.Combine(sample.Directory, "cache"), Path.Combine(sample.Directory, "out"));

        Assert.False(Directory.Exists(oldToolBuild));
        Assert.False(Directory.Exists(leftByAKilledRun));
        Assert.True(Directory.Exists(usedLastWeek));
        Assert.True(Directory.Exists(beingCompiledNow));
        Assert.NotEmpty(Directory.EnumerateFiles(templates, "*.dll", SearchOption.AllDirectories)); // this theme's, just compiled
    }

    private static void RunCli(string site, string cache, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "staticcrisis.dll"), "build", site, "--output", output })
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
