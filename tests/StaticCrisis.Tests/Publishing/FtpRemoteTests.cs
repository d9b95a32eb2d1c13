using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Publishing;

/// <summary>FtpRemote over plain FTP (ftp://).</summary>
public sealed class FtpRemoteTests(FtpServer server) : FtpRemoteContract(server), IClassFixture<FtpServer>;
