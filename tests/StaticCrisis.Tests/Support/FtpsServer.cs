namespace StaticCrisis.Tests.Support;

/// <summary>ProFTPD requiring explicit TLS (<c>AUTH TLS</c>), with a certificate for "localhost" issued by <see cref="FtpServer.TrustedRoots"/>.</summary>
public sealed class FtpsServer() : FtpServer(tls: true)
{
    protected override string Scheme => "ftps";
}
