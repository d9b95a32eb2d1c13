using System.Text;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Build.Channels;

/// <summary>
/// summary.txt: the situation now, the service board and the contacts as plain UTF-8 text with short lines,
/// to read out on the radio, paste into an e-mail or print for a notice board.
/// </summary>
public static class SummaryTextWriter
{
    public const string FileName = "summary.txt";

    /// <summary>Lines are wrapped at this width, so the text reads well in any mail client or terminal.</summary>
    public const int LineWidth = 72;

    public static OutputFile Write(SiteModel site, UiStrings strings)
    {
        var text = new StringBuilder();
        text.Append(site.Config.Title).Append('\n');
        if (site.LastChanged is { } validAt)
            text.Append(strings.NoticeValidAt).Append(' ').Append(Format(site, strings, validAt)).Append('\n');

        if (site.Current is { } current)
        {
            Heading(text, strings.SituationNow);
            if (SiteModel.UntranslatedNotice(current, strings) is { } notice)
                Wrap(text, notice, "");
            Wrap(text, current.Update.Title, "");
            Wrap(text, current.Summary, "");
        }
        if (site.ServiceBoard.Count > 0)
        {
            Heading(text, strings.ServiceBoard);
            foreach (var entry in site.ServiceBoard)
            {
                var status = entry.Status is { } known ? strings.Name(known) : strings.NoReportedDisruption;
                Wrap(text, $"- {entry.Service.Name}: {status}", "  ");
                if (entry.Service.Advice is { } advice)
                    Wrap(text, advice + (entry.Service.Phone is { } phone ? $" ({phone})" : ""), "  ", firstIndent: "  ");
            }
        }
        if (site.Config.Contacts.Count > 0)
        {
            Heading(text, strings.Contact);
            foreach (var contact in site.Config.Contacts)
                Wrap(text, $"- {contact.Label}: {string.Join(", ", new[] { contact.Phone, contact.Email, contact.Url }.OfType<string>())}", "  ");
        }
        text.Append('\n');
        Wrap(text, $"{strings.NoticeReadMore} {site.Config.BaseUrl.AbsoluteUri}", "");
        return OutputFile.FromText(FileName, text.ToString());
    }

    private static string Format(SiteModel site, UiStrings strings, DateTimeOffset time) =>
        site.Local(time).ToString(strings.DateTimeFormat, strings.CultureInfo);

    private static void Heading(StringBuilder text, string heading) =>
        text.Append('\n').Append(heading).Append('\n').Append(new string('=', Math.Min(heading.Length, LineWidth))).Append('\n');

    /// <summary>Breaks at spaces so no line is longer than <see cref="LineWidth"/> (a single longer word stays whole).</summary>
    private static void Wrap(StringBuilder text, string paragraph, string indent, string firstIndent = "")
    {
        var line = new StringBuilder(firstIndent);
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > indent.Length && line.Length + 1 + word.Length > LineWidth)
            {
                text.Append(line).Append('\n');
                line.Clear().Append(indent);
            }
            if (line.Length > 0 && line[^1] != ' ')
                line.Append(' ');
            line.Append(word);
        }
        if (line.ToString().Trim().Length > 0)
            text.Append(line).Append('\n');
    }
}
