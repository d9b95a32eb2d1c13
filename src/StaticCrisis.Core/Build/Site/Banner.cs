using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Site;

/// <summary>
/// What banner.html shows on other sites (the GOV.UK emergency banner pattern): a headline of at most 30 characters and
/// at most two sentences, from the situation now's 'banner:', else its title and summary, shortened to fit: only what the
/// writer wrote as a banner is held against the limits.
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
        return new Banner(update.Banner?.Headline ?? Shorten(update.Title, MaxHeadline), update.Banner?.Text ?? FirstSentences(current.Summary, MaxSentences), current);
    }

    /// <summary>At most <paramref name="length"/> characters, cut at a word boundary with an ellipsis when it had to be cut.</summary>
    public static string Shorten(string text, int length)
    {
        if (text.Length <= length)
            return text;
        var cut = text.LastIndexOf(' ', length - 1);
        var kept = (cut > length / 2 ? text[..cut] : text[..(length - 1)]).TrimEnd(' ', ',', ';', ':', '–', '-');
        return kept + "…";
    }

    /// <summary>The text up to the end of its <paramref name="count"/>th sentence (as <see cref="Sentences"/> counts them).</summary>
    public static string FirstSentences(string text, int count)
    {
        text = text.Trim();
        var seen = 1;
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (IsSentenceEnd(text, i) && ++seen > count)
                return text[..(i + 1)];
        }
        return text;
    }

    private static bool IsSentenceEnd(string text, int i) =>
        text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && !char.IsLower(text[i + 2]) && !char.IsDigit(text[i + 2]);

    /// <summary>A 'banner:' written too long for other sites is a warning on the update it comes from; a title or summary is shortened instead.</summary>
    public void Check(DiagnosticBag diagnostics)
    {
        if (Source?.Update.Banner is not { } written)
            return;
        var update = Source.Update;
        if (written.Headline is not null && Headline.Length > MaxHeadline)
            diagnostics.Add(Problems.BannerHeadlineTooLong(written.Location, update.SourcePath, Headline.Length, MaxHeadline));
        if (written.Text is not null && Sentences(Text) is var sentences and > MaxSentences)
            diagnostics.Add(Problems.BannerTextTooLong(written.Location, update.SourcePath, sentences, MaxSentences));
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
            if (IsSentenceEnd(text, i))
                count++;
        }
        return count;
    }
}
