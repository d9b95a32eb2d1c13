using System.Runtime.InteropServices;

namespace StaticCrisis.Core.Build.Output;

/// <summary>
/// One writer at a time per output folder: two builds (two writers, or a build beside a publish that reads the folder)
/// would otherwise swap folders under each other. The lock is a file beside the output, held with an exclusive,
/// process-wide lock of the operating system, so it is released even when the process is killed. It lives in the
/// temporary folder, named after the output's real path, so nothing is left beside the site.
/// </summary>
public sealed partial class OutputLock : IDisposable
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
        CreateSharedFolder(Path.GetDirectoryName(path)!);
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            if (TryLock(path) is { } file)
                return new OutputLock(file);
            if (DateTime.UtcNow >= deadline)
                throw new OutputLockedException(outputDirectory);
            Thread.Sleep(100);
        }
    }

    public void Dispose() => _file.Dispose();

    /// <summary>The folder of lock files, shared by every account as the temporary folder is (sticky: none removes another's).</summary>
    private static void CreateSharedFolder(string folder)
    {
        if (Directory.Exists(folder))
            return;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }
        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead |
            UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute | UnixFileMode.StickyBit);
        try
        {
            // The umask took some bits away: put them back, as for /tmp (another process may have made it first).
            File.SetUnixFileMode(folder, (UnixFileMode)Convert.ToInt32("1777", 8));
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// An exclusive lock of the whole file, or null when another process holds it. On Unix an explicit flock(): the tool
    /// turns off .NET's own file locking (System.IO.DisableFileLocking), which would otherwise do the same for FileShare.None.
    /// </summary>
    private static FileStream? TryLock(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(path))
            {
                return null;
            }
        }
        FileStream file;
        try
        {
            // Opened for reading only (flock needs no more), so a writer of another account can lock a file the first made.
            file = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.OpenOrCreate,
                Access = FileAccess.Read,
                Share = FileShare.ReadWrite,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            return null; // where .NET's locking is on (a host process), its shared lock meets our exclusive one
        }
        if (Flock((int)file.SafeFileHandle.DangerousGetHandle(), LockExclusive | LockNonBlocking) == 0)
            return file;
        file.Dispose();
        return null;
    }

    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;

    [LibraryImport("libc", EntryPoint = "flock")]
    private static partial int Flock(int fd, int operation);
}

/// <summary>Another build or publish is writing or reading the output folder.</summary>
public sealed class OutputLockedException(string outputDirectory) : Exception($"{outputDirectory} is in use by another staticcrisis build or publish")
{
    public string OutputDirectory { get; } = outputDirectory;
}
