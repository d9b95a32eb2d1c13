using StaticCrisis.Core.Configuration;

namespace StaticCrisis.Core.Publishing.Remotes;

/// <summary>The remote for a mirror's protocol.</summary>
public static class RemoteFactory
{
    public static IRemote Create(MirrorDefinition mirror, MirrorCredentials credentials) => mirror.Address.Protocol switch
    {
        MirrorProtocol.File => new FolderRemote(mirror.Address),
        MirrorProtocol.Sftp => new SftpRemote(mirror, credentials),
        MirrorProtocol.Ftp or MirrorProtocol.Ftps => new FtpRemote(mirror, credentials),
        MirrorProtocol.S3 => new S3Remote(mirror, credentials),
        MirrorProtocol.WebDav or MirrorProtocol.WebDavs => new WebDavRemote(mirror, credentials),
        MirrorProtocol.GitHttps or MirrorProtocol.GitSsh or MirrorProtocol.GitFile => new GitRemote(mirror, credentials),
        var protocol => throw new RemoteException($"publishing over {protocol.ToString().ToLowerInvariant()} is not available in this version"),
    };
}
