using System.Runtime.InteropServices;

namespace StaticCrisis.Core.Files;

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
    /// <summary>The entry itself, not what a symbolic link points at.</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux())
            return OfLinux(path);
        // Elsewhere .NET's view, with one safeguard: a non-folder entry that claims to be empty is never opened as a file
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

    private static FileKind OfLinux(string path)
    {
        // statx has one layout on every Linux architecture, unlike struct stat; stx_mode is the u16 at byte 28.
        Span<byte> buffer = stackalloc byte[256];
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, ref MemoryMarshal.GetReference(buffer)) != 0)
            return FileKind.Missing;
        var mode = BitConverter.ToUInt16(buffer[28..30]) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.NamedPipe,
            0xC000 => FileKind.Socket,
            _ => FileKind.Device, // character and block devices
        };
    }

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirFd, string path, int flags, uint mask, ref byte buffer);
}
