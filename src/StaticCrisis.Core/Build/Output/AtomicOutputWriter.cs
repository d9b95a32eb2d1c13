using System.Runtime.InteropServices;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Build.Output;

/// <summary>
/// Writes the site into a fresh staging folder beside the output and swaps it in only when every file is written.
/// A failed or killed build leaves the published folder exactly as it was.
/// </summary>
public static partial class AtomicOutputWriter
{
    private const string StagingInfix = ".staging-";
    private const string RetiredInfix = ".old-";

    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files, ParallelOptions? parallel = null)
    {
        var output = OutputFolderGuard.Resolve(outputDirectory);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        RecoverFromInterruptedBuilds(parent, name, output);

        var staging = Path.Combine(parent, $".{name}{StagingInfix}{Guid.NewGuid():N}");
        try
        {
            WriteAll(staging, files, parallel ?? new ParallelOptions());
            Swap(staging, output, parent, name);
        }
        finally
        {
            DeleteQuietly(staging);
        }
    }

    private static void WriteAll(string staging, IReadOnlyList<OutputFile> files, ParallelOptions parallel)
    {
        Directory.CreateDirectory(staging);
        foreach (var directory in files.Select(file => Path.GetDirectoryName(file.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct())
            Directory.CreateDirectory(Path.Combine(staging, directory!));
        File.WriteAllText(Path.Combine(staging, OutputFolderGuard.MarkerFile), "This folder is written by staticcrisis build and replaced as a whole on every build.\n");
        Parallel.ForEach(files, parallel, file =>
        {
            var target = Path.Combine(staging, file.Path);
            if (file.Content is { } content)
                File.WriteAllBytes(target, content);
            else
                File.Copy(file.CopyFrom!, target);
        });
    }

    private static void Swap(string staging, string output, string parent, string name)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        if (TryExchange(staging, output))
        {
            // The old site is now in the staging folder, deleted by the caller.
            return;
        }
        // Without an atomic exchange: move the old folder aside, move the new one in. A kill between the two
        // moves leaves the old one under its retired name, restored by the next build.
        var retired = Path.Combine(parent, $".{name}{RetiredInfix}{Guid.NewGuid():N}");
        Directory.Move(output, retired);
        Directory.Move(staging, output);
        DeleteQuietly(retired);
    }

    private static void RecoverFromInterruptedBuilds(string parent, string name, string output)
    {
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}{StagingInfix}*"))
            DeleteQuietly(leftover);
        foreach (var retired in Directory.EnumerateDirectories(parent, $".{name}{RetiredInfix}*"))
        {
            if (!Directory.Exists(output))
                Directory.Move(retired, output);
            else
                DeleteQuietly(retired);
        }
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Linux renameat2(RENAME_EXCHANGE): both folders swap names in one step, so no moment exists without a site.</summary>
    private static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
            return false;
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // an old or non-glibc C library
        }
    }

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
