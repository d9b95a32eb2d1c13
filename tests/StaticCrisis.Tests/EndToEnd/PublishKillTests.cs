using System.Diagnostics;
using System.Security.Cryptography;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Tests.Support;
using static StaticCrisis.Tests.Support.PublishingSite;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>A publish killed at any moment leaves every file on the mirror old or new, never part of one, and the next run completes it.</summary>
public sealed class PublishKillTests : IDisposable
{
    private const int Updates = 1000;
    private readonly TempFolder _drive = new();

    private string Mirror => _drive.Combine("krisinfo");

    private static string Update(int i, string title) => $"""
        ---
        title: "{title} {i}"
        date: 2026-03-{1 + i % 28:D2}T{i % 24:D2}:00:00+01:00
        services: {(i % 2 == 0 ? "{ epost: down }" : "{ lon: manual }")}
        ---
        Text för uppdatering {i} med [en länk](https://example.org/{i}).
        """;

    [Fact]
    public void A_publish_killed_mid_way_leaves_old_or_new_files_only_and_a_rerun_completes_it()
    {
        using var site = new TestSite($"""
            -- site.yml --
            {TestSite.MinimalConfig}
            mirrors:
              - {"{"} name: usb, url: "{new Uri(Mirror + "/").AbsoluteUri}" {"}"}
            """);
        for (var i = 0; i < Updates; i++)
            site.Write($"content/updates/u{i:D5}.md", Update(i, "Uppdatering"));
        Assert.True(site.Build().Succeeded);
        Assert.Equal(0, CliRun.Run("publish", site.Directory, "--no-build").ExitCode);
        var old = Published(site);

        for (var i = 0; i < Updates; i += 3)
            site.Write($"content/updates/u{i:D5}.md", Update(i, "Ändrad"));
        Assert.True(site.Build().Succeeded);
        var fresh = Published(site);
        bool IsNew(string path) => HashOf(Path.Combine(Mirror, path)) == fresh[path];

        // Kill real runs at moments recognised by what they have done on the mirror, not by timing: at once, as the first
        // changed page lands, a third and two thirds through the changed pages, and once the home page (just before the
        // manifest) is new. Each run resumes what the last one left.
        var moments = new (string Name, Func<bool> Reached)[]
        {
            ("at start", () => true),
            ("first page", () => IsNew("updates/u00000.html")),
            ("a third", () => IsNew("updates/u00333.html")),
            ("two thirds", () => IsNew("updates/u00666.html")),
            ("home page", () => IsNew("index.html")),
        };
        var killedMidway = new List<string>();
        foreach (var (name, reached) in moments)
        {
            using var process = StartPublish(site.Directory);
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120))
            {
                if (reached())
                {
                    process.Kill(entireProcessTree: true);
                    killedMidway.Add(name);
                    break;
                }
                Thread.Sleep(1);
            }
            process.WaitForExit();

            foreach (var (path, hash) in FolderSnapshot.Take(Mirror).Where(pair => !RemotePaths.IsTemporary(pair.Key)))
                Assert.True(old.GetValueOrDefault(path) == hash || fresh.GetValueOrDefault(path) == hash, $"after a kill {name}, {path} is neither the old nor the new file");
        }
        Assert.True(killedMidway.Count >= 3, $"only these runs were killed before they finished: {string.Join(", ", killedMidway)}");

        var rerun = CliRun.Run("publish", site.Directory, "--no-build");

        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        Assert.True(FolderSnapshot.Equal(fresh, FolderSnapshot.Take(Mirror)), "the mirror is not the new site after the re-run");
    }

    private static string? HashOf(string path)
    {
        try
        {
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
        }
        catch (IOException)
        {
            return null; // not there yet, or being renamed over
        }
    }

    private static Process StartPublish(string siteDirectory)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "staticcrisis.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[cli, "publish", siteDirectory, "--no-build"])
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        // Drained, so a full pipe never stalls the run.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public void Dispose() => _drive.Dispose();
}
