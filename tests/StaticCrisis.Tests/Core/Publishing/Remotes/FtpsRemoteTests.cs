using StaticCrisis.Core.Publishing.Remotes;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Publishing.Remotes;

/// <summary>FtpRemote over explicit FTPS (ftps://), against a server that requires TLS and TLS session reuse.</summary>
public sealed class FtpsRemoteTests(FtpsServer server) : FtpRemoteContract(server), IClassFixture<FtpsServer>
{
    [SkippableFact]
    public async Task Refuses_a_certificate_the_system_does_not_trust_before_sending_the_password()
    {
        Server.Require();
        // The server's log is the class's: only what it logs from here on is this test's.
        var log = Path.Combine(Path.GetDirectoryName(Server.ServedFolder)!, "proftpd.log");
        var logged = File.Exists(log) ? File.ReadAllText(log).Length : 0;
        // The public constructor: the system's trust store, which does not hold the test authority.
        await using var remote = new FtpRemote(Mirror(), Login(FtpServer.Password));

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.StartsWith("localhost's TLS certificate is not trusted (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("): refusing to connect. The certificate must be valid for localhost and issued by an authority this system trusts.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("kris", File.ReadAllText(log)[logged..], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Refuses_a_certificate_for_another_host_name()
    {
        Server.Require();
        await using var remote = new FtpRemote(Mirror(host: "127.0.0.1"), Login(FtpServer.Password), Server.TrustedRoots);

        var error = await Assert.ThrowsAsync<RemoteException>(() => remote.ConnectAsync(CancellationToken.None));

        Assert.Equal("127.0.0.1's TLS certificate is not trusted (it is for another host name): refusing to connect. The certificate must be valid for 127.0.0.1 and issued by an authority this system trusts.", error.Message);
    }
}
