using StaticCrisis.Core.Diagnostics;
using StaticCrisis.Core.Markdown;

namespace StaticCrisis.Core.Site;

/// <summary>
/// What banner.html shows on other sites (the GOV.UK emergency banner pattern): a headline of at most 30 characters and
/// at most two sentences, from the situation now's 'banner:', else its title and summary.
/// </summary>
public sealed record Banner(string Headline, string Text, RenderedUpdate? Source)
{
    public const int MaxHeadline = 30;
    public const int MaxSentences = 2;

    public static Banner From(SiteModel site)
    {
        if (site.Current is not { } current)
            return new Banner(site.Config.Title, site.Config.Description, null);
        var update = current.Update;
        return new Banner(update.Banner?.Headline ?? update.Title, update.Banner?.Text ?? current.Summary, current);
    }

    /// <summary>A banner too long for other sites is a warning on the update it comes from.</summary>
    public void Check(DiagnosticBag diagnostics)
    {
        if (Source is null)
            return;
        var update = Source.Update;
        var at = update.Banner?.Location ?? new SourceLocation(update.SourcePath, 1, 1);
        if (Headline.Length > MaxHeadline)
            diagnostics.Add(Problems.BannerHeadlineTooLong(at, update.SourcePath, Headline.Length, MaxHeadline));
        if (Sentences(Text) is var sentences and > MaxSentences)
            diagnostics.Add(Problems.BannerTextTooLong(at, update.SourcePath, sentences, MaxSentences));
    }

    /// <summary>
    /// Sentences are separated by '.', '!' or '?' followed by a space and a word that does not start with a lowercase
    /// letter or a digit, so "kl. 08.00" and "t.ex. papper" stay one sentence.
    /// </summary>
    public static int Sentences(string text)
    {
        text = text.Trim();
        if (text.Length == 0)
            return 0;
        var count = 1;
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && !char.IsLower(text[i + 2]) && !char.IsDigit(text[i + 2]))
                count++;
        }
        return count;
    }
}
