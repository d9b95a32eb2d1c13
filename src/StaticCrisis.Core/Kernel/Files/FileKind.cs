using System.Runtime.InteropServices;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Kernel.Files;

/// <summary>What an entry in a folder really is; .NET tells files from folders but not a named pipe from a file.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    NamedPipe,
    Device,
    Socket,
}

/// <summary>Reads an entry's kind without opening it (opening a named pipe waits for a writer, for ever).</summary>
public static partial class FileKinds
{
    /// <summary>What a message calls an entry that is not an ordinary file.</summary>
    public static Said Name(FileKind kind) => kind switch
    {
        FileKind.NamedPipe => new("a named pipe (FIFO)", "ett namngivet rör (FIFO)"),
        FileKind.Socket => new("a socket", "en socket"),
        _ => new("a device", "en enhet"),
    };

    /// <summary>The entry itself, not what a symbolic link points at.</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux() && _statxWorks && OfLinux(path) is { } kind)
            return kind;
        if (OperatingSystem.IsMacOS())
            return OfMacOS(path);
        // Elsewhere (Windows, an old Linux) .NET's view, with one safeguard: a non-folder entry that claims to be empty is never opened as a file
        // (named pipes, devices and sockets all report a length of 0).
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
            return FileKind.SymbolicLink;
        if (Directory.Exists(path))
            return FileKind.Directory;
        if (!info.Exists)
            return FileKind.Missing;
        return info.Length == 0 && !OperatingSystem.IsWindows() ? FileKind.Device : FileKind.Regular;
    }

    /// <summary>False where the C library or the kernel has no statx (before glibc 2.28 or Linux 4.11).</summary>
    private static bool _statxWorks = true;

    private static FileKind? OfLinux(string path)
    {
        // statx has one layout on every Linux architecture, unlike struct stat; stx_mode is the u16 at byte 28.
        Span<byte> buffer = stackalloc byte[256];
        try
        {
            if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, ref MemoryMarshal.GetReference(buffer)) != 0)
            {
                if (Marshal.GetLastPInvokeError() != NoSuchSystemCall)
                    return FileKind.Missing;
                _statxWorks = false;
                return null;
            }
        }
        catch (EntryPointNotFoundException)
        {
            _statxWorks = false;
            return null;
        }
        return KindOfMode(BitConverter.ToUInt16(buffer[28..30]));
    }

    private static FileKind OfMacOS(string path)
    {
        // macOS's struct stat (64-bit inodes, the only kind on arm64; lstat$INODE64 on x64): st_mode is the u16 at byte 4.
        Span<byte> buffer = stackalloc byte[256];
        var result = RuntimeInformation.ProcessArchitecture == Architecture.X64
            ? LstatInode64(path, ref MemoryMarshal.GetReference(buffer))
            : Lstat(path, ref MemoryMarshal.GetReference(buffer));
        return result != 0 ? FileKind.Missing : KindOfMode(BitConverter.ToUInt16(buffer[4..6]));
    }

    private static FileKind KindOfMode(int mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.NamedPipe,
        0xC000 => FileKind.Socket,
        _ => FileKind.Device, // character and block devices
    };

    [LibraryImport("libc", EntryPoint = "lstat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Lstat(string path, ref byte buffer);

    [LibraryImport("libc", EntryPoint = "lstat$INODE64", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LstatInode64(string path, ref byte buffer);

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int NoSuchSystemCall = 38; // ENOSYS

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirFd, string path, int flags, uint mask, ref byte buffer);
}
