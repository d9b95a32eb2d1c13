using System.Diagnostics;

namespace StaticCrisis.Tests.Support.Servers;

/// <summary>
/// A bare repository in a temp folder, as a Pages host keeps one, read with the git program (not the library under
/// test). Every update of a branch is logged, so pushes can be counted.
/// </summary>
public sealed class BareGitRepository : IDisposable
{
    private readonly TempFolder _folder = new();

    public BareGitRepository()
    {
        RequiredTool.Find("git", "apt-get install git");
        Path = _folder.Combine("kris.git");
        Git(_folder.Path, "init", "--bare", "--quiet", "--initial-branch=main", Path);
        Git(Path, "config", "core.logAllRefUpdates", "always");
    }

    public string Path { get; }

    public string Url(string suffix = "") => "git+file://" + Path + "/" + suffix;

    public IReadOnlyList<string> Files(string branch = "main") =>
        [.. Git(Path, "ls-tree", "-r", "-z", "--name-only", branch).Split('\0', StringSplitOptions.RemoveEmptyEntries)];

    public int Commits(string branch = "main") => int.Parse(Git(Path, "rev-list", "--count", branch).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How often the branch was updated (each push that changed it).</summary>
    public int Updates(string branch = "main") => Git(Path, "reflog", "show", "--format=%H", "refs/heads/" + branch).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The branch's files by path and SHA-256, as <see cref="FolderSnapshot"/> gives them for a folder.</summary>
    public IReadOnlyDictionary<string, string> Snapshot(string branch = "main")
    {
        using var checkout = new TempFolder();
        Git(checkout.Path, "--git-dir", Path, "--work-tree", checkout.Path, "checkout", "--quiet", branch, "--", ".");
        return FolderSnapshot.Take(checkout.Path);
    }

    public string Show(string revision) => Git(Path, "show", "--no-patch", "--format=%an <%ae>%n%s", revision);

    public static string Git(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEndAsync();
        var errors = git.StandardError.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0)
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {errors}");
        return output.Result;
    }

    public void Dispose() => _folder.Dispose();
}
