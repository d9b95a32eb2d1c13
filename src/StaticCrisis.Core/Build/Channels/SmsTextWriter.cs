using System.Text;
using StaticCrisis.Core.Build.Themes;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Site;

namespace StaticCrisis.Core.Build.Channels;

/// <summary>sms.txt: the SMS texts of the newest updates that have one, newest first, each with its time, ready to send.</summary>
public static class SmsTextWriter
{
    public const string FileName = "sms.txt";

    public static OutputFile Write(SiteModel site, UiStrings strings)
    {
        var text = new StringBuilder();
        foreach (var rendered in site.Updates.Where(rendered => rendered.Update.Sms is not null).Take(site.Config.FeedItems))
        {
            var update = rendered.Update;
            text.Append(site.Local(update.Date).ToString(strings.DateTimeFormat, strings.CultureInfo));
            // Not yet translated: whoever sends it sees that the text is in another language ("In Swedish").
            if (rendered.Untranslated is { } original)
                text.Append(" (").Append(strings.UntranslatedLabel.Replace("{0}", strings.NameOf(original), StringComparison.Ordinal)).Append(')');
            text.Append('\n');
            text.Append(update.Sms).Append("\n\n");
        }
        return OutputFile.FromText(FileName, text.ToString());
    }
}
