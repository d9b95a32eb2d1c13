using StaticCrisis.Cli.Publishing;
using StaticCrisis.Core.Publishing;

namespace StaticCrisis.Tests.Cli.Publishing;

public class SecretScrubbingWriterTests
{
    [Fact]
    public void Masks_a_secret_written_in_pieces_and_a_longer_one_that_contains_it_whole()
    {
        var inner = new StringWriter();
        using (var writer = new SecretScrubbingWriter(inner, ["hemligt", "hemligt-och-mer", ""]))
        {
            writer.Write("login as kris with hem");
            writer.Write('l');
            writer.WriteLine("igt failed");
            writer.Write("\rprogress hemligt-och-mer 3/4");
        }

        Assert.Equal($"login as kris with *** failed{Environment.NewLine}\rprogress *** 3/4", inner.ToString());
    }

    private const string Secret = "p@ss wörd\"&<42>/x";

    [Theory]
    [InlineData("530 Login incorrect for p%40ss%20w%C3%B6rd%22%26%3C42%3E%2Fx")]
    [InlineData("530 Login incorrect for p%40ss%20w%c3%b6rd%22%26%3c42%3e%2fx")]
    [InlineData("error: password=p%40ss+w%C3%B6rd%22%26%3C42%3E%2Fx")]
    [InlineData("{\"password\":\"p@ss w\\u00F6rd\\u0022\\u0026\\u003C42\\u003E/x\"}")]
    [InlineData("{\"password\":\"p@ss wörd\\\"&<42>/x\"}")]
    [InlineData("<Error><Password>p@ss wörd&quot;&amp;&lt;42&gt;/x</Password></Error>")]
    [InlineData("the server said: p@ss w\n    örd\"&<42>/x was refused")]
    [InlineData("the server said: p@ss wörd\"&<4\r\n2>/x")]
    public void Masks_a_secret_a_server_echoes_encoded_quoted_or_wrapped(string echoed)
    {
        var scrubbed = SecretMask.Scrub(echoed, [Secret]);

        Assert.Contains(SecretMask.Mask, scrubbed, StringComparison.Ordinal);
        Assert.DoesNotContain("rd", scrubbed.Replace("password", "", StringComparison.Ordinal).Replace("Password", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', scrubbed);
    }
}
