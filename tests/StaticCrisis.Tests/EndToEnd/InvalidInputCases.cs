using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// Bad input as data: each file in Cases/invalid adds or replaces files of a good site that was already built,
/// and gives the exact lines the build must print. Every case also proves that the published output is untouched.
/// Set STATICCRISIS_UPDATE_CASES=1 to rewrite the expected lines from what the tool prints now (then review the diff).
/// </summary>
public class InvalidInputCases
{
    private const string Baseline = $"""
        -- site.yml --
        {TestSite.MinimalConfig}
        -- content/updates/2026-03-01-start.md --
        ---
        title: "Start"
        date: 2026-03-01T08:00:00+01:00
        ---
        Allt fungerar.
        """;

    private static string CasesFolder => Path.Combine(RepoPaths.Root, "tests", "StaticCrisis.Tests", "Cases", "invalid");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(CasesFolder, "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Prints_located_errors_and_leaves_the_published_site_untouched(string name)
    {
        var casePath = Path.Combine(CasesFolder, name + ".txt");
        var sections = CaseFile.Parse(File.ReadAllText(casePath));
        var expectedExit = sections.TryGetValue("exit", out var exit) ? int.Parse(exit.Trim(), System.Globalization.CultureInfo.InvariantCulture) : 1;
        var args = sections.TryGetValue("args", out var extra) ? extra.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

        using var site = new TestSite(Baseline);
        Assert.True(site.Build().Succeeded);
        var published = FolderSnapshot.Take(site.Output);
        foreach (var (file, text) in sections.Where(s => s.Key.Contains('/', StringComparison.Ordinal) || s.Key.Contains('.', StringComparison.Ordinal)))
            site.Write(file, text.Replace("@include default-strings", DefaultStrings, StringComparison.Ordinal));

        var run = CliRun.Run(["build", site.Directory, .. args]);
        var actual = run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');

        if (Environment.GetEnvironmentVariable("STATICCRISIS_UPDATE_CASES") == "1")
            CaseFile.RewriteExpected(casePath, actual);
        else
            Assert.Equal(sections.GetValueOrDefault("expected", "").TrimEnd('\n'), actual);

        Assert.Equal(expectedExit, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        if (expectedExit != 0)
            Assert.True(FolderSnapshot.Equal(published, FolderSnapshot.Take(site.Output)), "the published output changed");
    }

    private static string DefaultStrings => File.ReadAllText(Path.Combine(RepoPaths.Root, "themes", "default", "strings", "sv.yml"));
}

/// <summary>The case file format: '# comment' lines, then sections headed '-- name --'.</summary>
public static class CaseFile
{
    public static Dictionary<string, string> Parse(string text) =>
        Txtar.Parse(text).ToDictionary(section => section.Name, section => section.Content, StringComparer.Ordinal);

    public static void RewriteExpected(string path, string expected)
    {
        var text = File.ReadAllText(path);
        var marker = text.IndexOf("\n-- expected --\n", StringComparison.Ordinal);
        var head = marker < 0 ? text.TrimEnd('\n') : text[..marker];
        File.WriteAllText(path, head + "\n-- expected --\n" + expected + "\n");
    }
}
