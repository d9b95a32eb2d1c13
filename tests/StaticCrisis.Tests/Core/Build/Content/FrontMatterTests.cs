using StaticCrisis.Core.Content;

namespace StaticCrisis.Tests.Core.Build.Content;

public class FrontMatterTests
{
    [Fact]
    public void Splits_yaml_from_body_and_knows_where_each_starts()
    {
        var result = FrontMatter.TrySplit("---\ntitle: A\ndate: 2026-03-02\n---\nBody line\n", out var frontMatter);

        Assert.Equal(FrontMatter.SplitResult.Ok, result);
        Assert.Equal("title: A\ndate: 2026-03-02\n", frontMatter!.Yaml);
        Assert.Equal(2, frontMatter.YamlLine);
        Assert.Equal("Body line\n", frontMatter.Body);
        Assert.Equal(5, frontMatter.BodyLine);
    }

    [Fact]
    public void A_file_without_opening_dashes_has_no_front_matter()
    {
        Assert.Equal(FrontMatter.SplitResult.Missing, FrontMatter.TrySplit("title: A\n", out _));
    }

    [Fact]
    public void Front_matter_without_closing_dashes_is_not_closed()
    {
        Assert.Equal(FrontMatter.SplitResult.NotClosed, FrontMatter.TrySplit("---\ntitle: A\n\nBody\n", out _));
    }

    [Fact]
    public void Closing_dashes_at_end_of_file_give_an_empty_body()
    {
        Assert.Equal(FrontMatter.SplitResult.Ok, FrontMatter.TrySplit("---\ntitle: A\n---", out var frontMatter));
        Assert.Equal("", frontMatter!.Body);
    }

    [Fact]
    public void A_horizontal_rule_in_the_body_is_not_mistaken_for_front_matter()
    {
        FrontMatter.TrySplit("---\ntitle: A\n---\nOne\n\n---\n\nTwo\n", out var frontMatter);
        Assert.Equal("One\n\n---\n\nTwo\n", frontMatter!.Body);
    }
}
