namespace StaticCrisis.Tests.Support;

/// <summary>What the publishing tests share: a small site with given mirrors, and what a build of it publishes.</summary>
public static class PublishingSite
{
    /// <summary>Two updates and the given lines under <c>mirrors:</c> in site.yml.</summary>
    public static TestSite WithMirrors(string mirrors) => new($"""
        -- site.yml --
        {TestSite.MinimalConfig}
        mirrors:
        {mirrors}
        -- content/updates/2026-03-02-start.md --
        ---
        title: "Start"
        date: 2026-03-02T08:00:00+01:00
        ---
        Vattnet är avstängt i Norrby.
        -- content/updates/2026-03-03-vatten.md --
        ---
        title: "Vattnet är tillbaka"
        date: 2026-03-03T08:00:00+01:00
        ---
        Vattnet fungerar igen.
        """);

    /// <summary>Every file of a built output folder that goes to a mirror (all but the build's marker), by path.</summary>
    public static Dictionary<string, string> Published(string output) =>
        FolderSnapshot.Take(output).Where(pair => pair.Key != ".staticcrisis").ToDictionary();

    public static Dictionary<string, string> Published(TestSite site) => Published(site.Output);

    public static void AssertSucceeded(CliRun run) => Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Stdout}\n{run.Stderr}");
}
