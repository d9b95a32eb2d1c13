namespace StaticCrisis.Core.Publishing;

/// <summary>A <c>file://</c> mirror: a folder on a USB stick or a mounted share. Each file is renamed into place, which is atomic within a folder.</summary>
public sealed class FolderRemote(MirrorAddress address) : IRemote
{
    private readonly string _root = address.Path;

    public Task ConnectAsync(CancellationToken cancellationToken)
    {
        // The folder itself may be new, but its parent must exist: otherwise the stick or share is probably not mounted,
        // and creating the path would quietly publish to the local disk.
        var parent = Path.GetDirectoryName(_root.TrimEnd('/'));
        if (!Directory.Exists(_root) && (parent is null || !Directory.Exists(parent)))
            throw new RemoteException($"the folder {parent} does not exist; is the drive or share mounted?");
        // The folder itself is made by the first upload, so a dry run leaves the drive as it was.
        return Task.CompletedTask;
    }

    public async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var full = FullPath(path);
        return File.Exists(full) ? await File.ReadAllBytesAsync(full, cancellationToken) : null;
    }

    public async Task UploadAsync(string path, string localFile, CancellationToken cancellationToken)
    {
        var target = FullPath(path);
        var temporary = FullPath(RemotePaths.TemporaryName(path));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using (var source = File.OpenRead(localFile))
        await using (var destination = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            await source.CopyToAsync(destination, cancellationToken);
            // On the drive before the rename, so a pulled stick holds the old file or the whole new one.
            destination.Flush(flushToDisk: true);
        }
        File.Move(temporary, target, overwrite: true);
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        // File.Delete ignores a missing file but not a missing folder.
        var full = FullPath(path);
        if (File.Exists(full))
            File.Delete(full);
        return Task.CompletedTask;
    }

    public Task CompleteAsync(string message, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string FullPath(string path) => Path.Combine(_root, path);
}
