namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>
/// One mirror's storage over one protocol, as narrow as publishing needs. Paths are relative to the mirror's root,
/// with '/'. Failures a writer can act on (refused login, unknown host key, no such folder) are thrown as
/// <see cref="RemoteException"/> with a message that never holds a credential.
/// </summary>
public interface IRemote : IAsyncDisposable
{
    /// <summary>Connects and logs in.</summary>
    Task ConnectAsync(CancellationToken cancellationToken);

    /// <summary>The file's bytes, or null when there is no such file.</summary>
    Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the local file to a temporary name beside the target (<see cref="RemotePaths.TemporaryName"/>) and renames
    /// it over the target, creating folders as needed: a reader sees the old bytes or the new, never part of a file.
    /// </summary>
    Task UploadAsync(string path, string localFile, CancellationToken cancellationToken);

    /// <summary>Deletes the file; a file that is already gone is not an error.</summary>
    Task DeleteAsync(string path, CancellationToken cancellationToken);

    /// <summary>
    /// Every file the mirror holds now, by path, with its size and, where the protocol tells it without a download, its
    /// SHA-256: what publishing checks the mirror's own SHA256SUMS against, so a file that vanished or changed there is put
    /// back. Null when the protocol cannot list.
    /// </summary>
    Task<IReadOnlyDictionary<string, RemoteFileState>?> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, RemoteFileState>?>(null);

    /// <summary>Makes the uploads and deletes visible where the protocol has such a step (git: one commit and one push).</summary>
    Task CompleteAsync(string message, CancellationToken cancellationToken);
}

/// <summary>A file on a mirror as a listing shows it: its size, and its SHA-256 in lowercase hex when the protocol can tell.</summary>
public readonly record struct RemoteFileState(long Size, string? Sha256 = null);
