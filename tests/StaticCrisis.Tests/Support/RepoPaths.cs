namespace StaticCrisis.Tests.Support;

/// <summary>Folders of this repository, found from the test assembly by walking up to StaticCrisis.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleSite => Root;

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StaticCrisis.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("StaticCrisis.sln not found above " + AppContext.BaseDirectory);
    }
}
