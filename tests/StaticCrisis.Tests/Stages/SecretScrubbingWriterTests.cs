using StaticCrisis.Cli.Publishing;

namespace StaticCrisis.Tests.Stages;

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
}
