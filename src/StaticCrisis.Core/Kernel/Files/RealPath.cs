using System.Runtime.InteropServices;

namespace StaticCrisis.Core.Kernel.Files;

/// <summary>A path with every symbolic link on the way resolved, as the kernel would follow it.</summary>
public static partial class RealPath
{
    /// <summary>Null when the path does not exist, leads nowhere or loops.</summary>
    public static string? Of(string path)
    {
        if (OperatingSystem.IsWindows())
            return File.Exists(path) || Directory.Exists(path) ? Path.GetFullPath(path) : null;
        var resolved = Resolve(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
            return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Marshal.FreeHGlobal(resolved); // malloc'ed by the C library: free() and FreeHGlobal are the same on Unix
        }
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it; both already real.</summary>
    public static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr Resolve(string path, IntPtr resolved);
}
