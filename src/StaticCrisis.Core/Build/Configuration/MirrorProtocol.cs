namespace StaticCrisis.Core.Configuration;

/// <summary>How a mirror is reached: the scheme of its <c>url</c> in site.yml.</summary>
public enum MirrorProtocol
{
    Sftp,
    Ftp,
    /// <summary>Explicit FTPS: AUTH TLS on the control connection (port 21 unless given).</summary>
    Ftps,
    S3,
    WebDav,
    WebDavs,
    GitHttps,
    GitSsh,
    GitFile,
    /// <summary>A folder: a USB stick or a mounted share.</summary>
    File,
}
