namespace StaticCrisis.Core.Output;

/// <summary>
/// One writer at a time per output folder: two builds (two writers, or a build beside a publish that reads the folder)
/// would otherwise swap folders under each other. The lock is a file beside the output, held with an exclusive,
/// process-wide lock of the operating system, so it is released even when the process is killed. It lives in the
/// temporary folder, named after the output's real path, so nothing is left beside the site.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>The lock file of an output folder: the same for every path that leads to it (through links or not).</summary>
    public static string PathFor(string outputDirectory)
    {
        var output = OutputFolderGuard.Resolve(outputDirectory);
        var name = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(output)))[..32];
        return Path.Combine(Path.GetTempPath(), "staticcrisis-locks", name + ".lock");
    }

    /// <summary>Waits up to <paramref name="wait"/> for the lock; throws <see cref="OutputLockedException"/> when another holds it still.</summary>
    public static OutputLock Acquire(string outputDirectory, TimeSpan wait)
    {
        var path = PathFor(outputDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock() on Unix and a share lock on Windows: both end with the process.
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                if (DateTime.UtcNow >= deadline)
                    throw new OutputLockedException(outputDirectory);
                Thread.Sleep(100);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>Another build or publish is writing or reading the output folder.</summary>
public sealed class OutputLockedException(string outputDirectory) : Exception($"{outputDirectory} is in use by another staticcrisis build or publish")
{
    public string OutputDirectory { get; } = outputDirectory;
}
