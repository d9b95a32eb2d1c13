using StaticCrisis.Core.Build.Channels;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>summary.txt: the situation, the board and the contacts as short lines of plain text for radio and e-mail.</summary>
[Collection(SampleSiteBuild.Collection)]
public class SummaryTextTests
{
    private readonly SampleSiteBuild _site;

    public SummaryTextTests(SampleSiteBuild site) => _site = site;

    [Fact]
    public void Holds_the_situation_the_board_and_the_contacts_in_plain_words()
    {
        var text = _site.Read("summary.txt");
        var lines = text.Split('\n');

        Assert.Equal("Alvby kommun – krisinformation", lines[0]);
        Assert.Equal("Uppgifterna gäller 20 mars 2026 kl. 15.00", lines[1]);
        Assert.Contains("Läget just nu: de flesta tjänster fungerar igen", lines);
        Assert.Contains("- E-tjänster och bygglov: Ur funktion", lines);
        Assert.Contains("- Skolplattformen: Begränsad", lines);
        Assert.Contains("  Jouren svarar dygnet runt (0999-123 40)", lines);
        Assert.Contains("- Kommunens växel: 0999-123 00", lines);
        Assert.EndsWith("https://kris.alvby.example/info/\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('<', text);
    }

    [Fact]
    public void No_line_is_longer_than_72_characters()
    {
        var lines = _site.Read("summary.txt").Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= SummaryTextWriter.LineWidth, line));
        Assert.True(lines.Length > 20);
    }
}
