using System.Security.Cryptography;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>
/// A <c>file://</c> mirror: a folder on a USB stick or a mounted share. Each file is renamed into place, which is atomic
/// within a folder. A stick passes through other hands, so nothing on it is trusted: no symbolic link inside the mirror
/// is ever followed (a planted one would make a write or delete land outside it), temporary files get unpredictable
/// names and are created only where nothing is, and no path leaves the mirror folder, whatever its SHA256SUMS says.
/// </summary>
public sealed class FolderRemote(MirrorAddress address) : IRemote
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(address.Path));

    public Task ConnectAsync(CancellationToken cancellationToken)
    {
        // The folder itself may be new, but its parent must exist: otherwise the stick or share is probably not mounted,
        // and creating the path would quietly publish to the local disk.
        var parent = Path.GetDirectoryName(_root);
        if (!Directory.Exists(_root) && (parent is null || !Directory.Exists(parent)))
            throw new RemoteException($"the folder {parent} does not exist; is the drive or share mounted?");
        // The folder itself is made by the first upload, so a dry run leaves the drive as it was.
        return Task.CompletedTask;
    }

    public async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var full = FullPath(path);
        return FileKinds.Of(full) == FileKind.Regular ? await File.ReadAllBytesAsync(full, cancellationToken) : null;
    }

    public async Task UploadAsync(string path, string localFile, CancellationToken cancellationToken)
    {
        var target = FullPath(path);
        CreateFolders(path);
        var temporaryBase = FullPath(RemotePaths.TemporaryName(path));
        RemoveLeftovers(temporaryBase);
        var temporary = temporaryBase + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        try
        {
            await using (var source = File.OpenRead(localFile))
            // CreateNew: O_CREAT|O_EXCL, which never follows a link or opens a file someone put there first.
            await using (var destination = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await source.CopyToAsync(destination, cancellationToken);
                // On the drive before the rename, so a pulled stick holds the old file or the whole new one.
                destination.Flush(flushToDisk: true);
            }
            // rename() replaces a link at the target itself, never the file it points at; only a folder is in the way.
            if (FileKinds.Of(target) is not (FileKind.Regular or FileKind.Missing or FileKind.SymbolicLink))
                throw new RemoteException($"{path} on the mirror is not an ordinary file (a folder or a device is in the way); remove it and publish again");
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (FileKinds.Of(temporary) == FileKind.Regular)
                File.Delete(temporary);
        }
    }

    /// <summary>What a killed run left of this file's upload: its own temporary files (links among them are only unlinked).</summary>
    private static void RemoveLeftovers(string temporaryBase)
    {
        var folder = Path.GetDirectoryName(temporaryBase)!;
        if (!Directory.Exists(folder))
            return;
        foreach (var leftover in Directory.EnumerateFileSystemEntries(folder, Path.GetFileName(temporaryBase) + "-*"))
        {
            if (FileKinds.Of(leftover) is FileKind.Regular or FileKind.SymbolicLink)
                File.Delete(leftover);
        }
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        var full = FullPath(path);
        switch (FileKinds.Of(full))
        {
            case FileKind.Regular or FileKind.SymbolicLink: // unlink() removes a link, not what it points at
                File.Delete(full);
                break;
            case FileKind.Missing:
                break;
            default:
                throw new RemoteException($"{path} on the mirror is not a file; it was left as it is");
        }
        return Task.CompletedTask;
    }

    /// <summary>Every ordinary file in the mirror folder with its size and SHA-256 (the drive is local, so hashing is cheap).</summary>
    public Task<IReadOnlyDictionary<string, RemoteFileState>?> ListAsync(CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, RemoteFileState>(StringComparer.Ordinal);
        if (FileKinds.Of(_root) is FileKind.Directory or FileKind.SymbolicLink && Directory.Exists(_root))
            List(_root, files, cancellationToken);
        return Task.FromResult<IReadOnlyDictionary<string, RemoteFileState>?>(files);
    }

    private void List(string folder, Dictionary<string, RemoteFileState> files, CancellationToken cancellationToken)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (FileKinds.Of(entry))
            {
                case FileKind.Directory:
                    List(entry, files, cancellationToken);
                    break;
                case FileKind.Regular:
                    using (var stream = new FileStream(entry, FileMode.Open, FileAccess.Read, FileShare.Read, 81920))
                        files[Path.GetRelativePath(_root, entry).Replace(Path.DirectorySeparatorChar, '/')] =
                            new RemoteFileState(stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
                    break;
            }
        }
    }

    public Task CompleteAsync(string message, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Creates the folders of a path one by one, refusing any that is a link or a file.</summary>
    private void CreateFolders(string path)
    {
        if (!Directory.Exists(_root))
            Directory.CreateDirectory(_root);
        foreach (var folder in RemotePaths.Folders(path))
        {
            var full = FullPath(folder);
            switch (FileKinds.Of(full))
            {
                case FileKind.Missing:
                    Directory.CreateDirectory(full);
                    break;
                case FileKind.Directory:
                    break;
                default:
                    throw new RemoteException($"{folder} on the mirror is not a folder (a symbolic link or a file is in the way); remove it and publish again");
            }
        }
    }

    /// <summary>The full path of a mirror path, which must stay inside the mirror and may not pass through a link there.</summary>
    private string FullPath(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new RemoteException($"refusing the path {TerminalText.Escape(path)}: it leads outside the mirror folder");
        foreach (var folder in RemotePaths.Folders(path))
        {
            if (FileKinds.Of(Path.Combine(_root, folder)) == FileKind.SymbolicLink)
                throw new RemoteException($"{folder} on the mirror is a symbolic link; it is not followed (it could lead outside the mirror). Remove it and publish again");
        }
        return full;
    }
}
