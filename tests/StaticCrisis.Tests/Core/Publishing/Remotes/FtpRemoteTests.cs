using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Publishing.Remotes;

/// <summary>FtpRemote over plain FTP (ftp://).</summary>
public sealed class FtpRemoteTests(FtpServer server) : FtpRemoteContract(server), IClassFixture<FtpServer>;
