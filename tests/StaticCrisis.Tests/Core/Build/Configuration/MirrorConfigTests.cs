using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Publishing.Remotes;

namespace StaticCrisis.Tests.Core.Build.Configuration;

public class MirrorConfigTests
{
    private const string Head = """
        title: "Alvby"
        baseUrl: "https://kris.alvby.example/"

        """;

    private static (SiteConfig? Config, IReadOnlyList<string> Lines) Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(Head + yaml, diagnostics);
        return (config, [.. diagnostics.Sorted().Select(d => d.ToString())]);
    }

    [Fact]
    public void Reads_mirrors_of_every_protocol_and_the_signing_key()
    {
        var (config, lines) = Load("""
            mirrors:
              - name: webbhotell
                url: sftp://kris@ftp.example-host.se:2222/~/public_html/info
                publicUrl: https://kris.alvby.example/info
                hostKey: "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"
              - { name: ftp, url: "ftps://kris@ftp.example.se/www/" }
              - { name: reserv, url: "s3://krisinfo/info/?endpoint=https://s3.example.net&region=eu-north-1", publicUrl: "https://krisinfo.s3.example.net/info/" }
              - { name: dav, url: "webdavs://dav.example.se/kris/" }
              - { name: pages, url: "git+https://git.example.se/alvby/kris.git" }
              - { name: usb, url: "file:///media/usb/kris" }
            signing:
              publicKey: "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3"
            """);

        Assert.Empty(lines);
        Assert.NotNull(config);
        Assert.Equal(["webbhotell", "ftp", "reserv", "dav", "pages", "usb"], config.Mirrors.Select(m => m.Name));
        var sftp = config.Mirrors[0];
        Assert.Equal(MirrorProtocol.Sftp, sftp.Address.Protocol);
        Assert.Equal(("ftp.example-host.se", 2222, "kris", "/~/public_html/info/"), (sftp.Address.Host, sftp.Address.PortOrDefault, sftp.Address.User, sftp.Address.Path));
        Assert.Equal("https://kris.alvby.example/info/", sftp.PublicUrl!.AbsoluteUri);
        Assert.Equal("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s", sftp.HostKey);
        Assert.Equal((MirrorProtocol.Ftps, 21), (config.Mirrors[1].Address.Protocol, config.Mirrors[1].Address.PortOrDefault));
        var s3 = config.Mirrors[2].Address;
        Assert.Equal((MirrorProtocol.S3, "krisinfo", "/info/", "https://s3.example.net", "eu-north-1"), (s3.Protocol, s3.Host, s3.Path, s3.Query["endpoint"], s3.Query["region"]));
        Assert.Equal(MirrorProtocol.WebDavs, config.Mirrors[3].Address.Protocol);
        Assert.Equal(MirrorProtocol.GitHttps, config.Mirrors[4].Address.Protocol);
        Assert.Equal((MirrorProtocol.File, "/media/usb/kris/"), (config.Mirrors[5].Address.Protocol, config.Mirrors[5].Address.Path));
        Assert.Equal("RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3", config.SigningPublicKey);
    }

    [Theory]
    [InlineData("""{ name: a, url: "sftp://kris:hemligt@ftp.example.se/www/" }""", "site.yml(4,21): error SC0050: the url of mirror 'a' contains a password; passwords never go in site.yml: set STATICCRISIS_MIRROR_<NAME>_PASSWORD instead")]
    [InlineData("""{ name: a, url: "scp://ftp.example.se/www/" }""", "site.yml(4,21): error SC0050: the url of mirror 'a' should start with one of sftp://, ftp://, ftps://, s3://, webdav://, webdavs://, git+https://, git+ssh://, git+file://, file://")]
    [InlineData("""{ name: a, url: "file://usb/kris" }""", "site.yml(4,21): error SC0050: the url of mirror 'a' should name a folder as file:///path/to/folder/ (three slashes)")]
    [InlineData("""{ name: a, url: "s3://krisinfo/info/?endpoint=s3.example.net" }""", "site.yml(4,21): error SC0050: the url of mirror 'a' has an endpoint that is not an http(s) address such as endpoint=https://s3.example.net")]
    [InlineData("""{ name: "web hotell", url: "file:///tmp/x" }""", "site.yml(4,13): error SC0051: mirror name 'web hotell' may only contain letters a-z, digits, '-' and '_' (it names the mirror's environment variables)")]
    [InlineData("""{ name: a, url: "file:///tmp/x", publicUrl: "kris.example.se" }""", "site.yml(4,49): error SC0053: 'publicUrl' \"kris.example.se\" of mirror 'a' is not an absolute http(s) address such as \"https://kris.example.org/info/\"")]
    [InlineData("""{ name: a, url: "sftp://ftp.example.se/www/", hostKey: "ab:cd" }""", "site.yml(4,60): error SC0054: 'hostKey' of mirror 'a' should be the server's key fingerprint as 'ssh-keygen -lf' prints it: SHA256: and 43 characters")]
    [InlineData("""{ name: a, url: "file:///tmp/x", hostKey: "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s" }""", "site.yml(4,47): warning SC0055: 'hostKey' of mirror 'a' is only used by sftp:// mirrors and is ignored here; remove it")]
    public void Reports_a_bad_mirror_where_it_is_written(string mirror, string expected)
    {
        var (_, lines) = Load("mirrors:\n  - " + mirror + "\n");

        Assert.Equal([expected], lines);
    }

    [Fact]
    public void Refuses_two_mirrors_whose_names_share_environment_variables()
    {
        var (config, lines) = Load("""
            mirrors:
              - { name: reserv, url: "file:///tmp/a" }
              - { name: Reserv, url: "file:///tmp/b" }
            """);

        Assert.Null(config);
        Assert.Equal(["site.yml(5,13): error SC0052: mirror name 'Reserv' is already used on line 4; each mirror needs its own name"], lines);
    }

    [Fact]
    public void Refuses_a_signing_key_that_is_not_a_minisign_public_key()
    {
        var (config, lines) = Load("signing:\n  publicKey: \"untrusted comment: minisign public key\"\n");

        Assert.Null(config);
        Assert.Equal(["site.yml(4,14): error SC0056: 'signing.publicKey' is not a minisign public key: copy the second line of staticcrisis.pub (56 characters, starting with RW)"], lines);
    }

    [Fact]
    public void Credentials_come_from_variables_named_after_the_mirror()
    {
        var variables = new Dictionary<string, string>
        {
            ["STATICCRISIS_MIRROR_WEBB_HOTELL_2_PASSWORD"] = "p",
            ["STATICCRISIS_MIRROR_WEBB_HOTELL_2_KEY_FILE"] = "/k",
            ["AWS_ACCESS_KEY_ID"] = "aws-id",
            ["STATICCRISIS_MIRROR_WEBB_HOTELL_2_SECRET_ACCESS_KEY"] = "own-secret",
            ["AWS_SECRET_ACCESS_KEY"] = "aws-secret",
        };

        var credentials = MirrorCredentials.FromEnvironment("webb-hotell.2", name => variables.GetValueOrDefault(name));

        Assert.Equal(new MirrorCredentials("p", "/k", "aws-id", "own-secret"), credentials);
        Assert.DoesNotContain("p", credentials.ToString().Replace("MirrorCredentials", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
