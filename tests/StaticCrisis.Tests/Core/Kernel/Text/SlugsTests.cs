using StaticCrisis.Core.Kernel.Text;

namespace StaticCrisis.Tests.Core.Kernel.Text;

public class SlugsTests
{
    [Theory]
    [InlineData("2026-03-02-it-angrepp", "2026-03-02-it-angrepp")]
    [InlineData("2026-03-02 Hemtjänst på papper", "2026-03-02-hemtjanst-pa-papper")]
    [InlineData("Vatten & avlopp – Öppet", "vatten-avlopp-oppet")]
    [InlineData("  --Ærø Straße--  ", "aero-strasse")]
    [InlineData("Crème brûlée", "creme-brulee")]
    [InlineData("Ünïcödé", "unicode")]
    public void Make_url_safe_names_from_any_text(string text, string expected)
    {
        Assert.Equal(expected, Slugs.FromText(text));
    }

    [Fact]
    public void A_name_of_only_symbols_gives_an_empty_slug()
    {
        Assert.Equal("", Slugs.FromText("€%&/()"));
    }

    [Theory]
    [InlineData("kontaktvagar", true)]
    [InlineData("2026-03-02-lon", true)]
    [InlineData("../etc/passwd", false)]
    [InlineData("a/b", false)]
    [InlineData("Versaler", false)]
    [InlineData("med mellanslag", false)]
    [InlineData("-inledande", false)]
    [InlineData("", false)]
    [InlineData("å", false)]
    public void Written_slugs_must_already_be_safe(string slug, bool safe)
    {
        Assert.Equal(safe, Slugs.IsSafe(slug));
    }
}
