using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Publishing.Remotes;

namespace StaticCrisis.Tests.Core.Publishing.Remotes;

/// <summary>Where an sftp, ftp or ftps mirror's folder is, given the folder the server starts the session in.</summary>
public sealed class RemoteRootFolderTests
{
    [Theory]
    [InlineData("/~/", "/home/kris", "/home/kris/")]
    [InlineData("/~/public_html/info/", "/home/kris/", "/home/kris/public_html/info/")]
    [InlineData("/~/info/", "/", "/info/")]
    [InlineData("/var/www/info/", "/home/kris", "/var/www/info/")]
    [InlineData("/~x/", "/home/kris", "/~x/")]
    public void A_path_under_tilde_is_under_the_home_folder(string path, string home, string expected) =>
        Assert.Equal(expected, RemotePaths.RootFolder(path, home));

    [Theory]
    [InlineData("\"/home/kris\" is the current directory", "/home/kris")]
    [InlineData("\"/\" is current directory.", "/")]
    [InlineData("\"/srv/\"\"quoted\"\" name\" created", "/srv/\"quoted\" name")]
    public void The_home_folder_is_read_from_the_quoted_path_of_an_FTP_PWD_reply(string reply, string expected) =>
        Assert.Equal(expected, FtpRemote.QuotedPath(reply));
}
