using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Features.Languages.Settings;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Authoring;

/// <summary>
/// <c>staticcrisis new --translation-of FILE --language CODE</c>: begins <c>x.CODE.md</c> beside the original, as a draft,
/// with the original's words in comments for the translator and the record of what it translates ('original:'). When the
/// translation exists already, only that record is brought up to date: the translator has checked it against the original.
/// </summary>
public static partial class TranslationFileWriter
{
    public sealed record Written(string Path, bool Refreshed);

    public static Written? Write(string siteDirectory, string originalPath, string language, DiagnosticBag diagnostics)
    {
        siteDirectory = System.IO.Path.GetFullPath(siteDirectory);
        var config = SiteConfigLoader.Load(siteDirectory, diagnostics);
        if (config is null)
            return null;
        // Any language the site publishes in, the main one too: an update first written in English is translated into Swedish.
        var target = config.AllLanguages.FirstOrDefault(published => published.Code == language);
        if (target is null || config.Languages.Count == 0)
        {
            diagnostics.Add(Problems.TranslationLanguageUnknown(language, [.. config.Languages.Select(published => published.Code)]));
            return null;
        }
        var fullOriginal = System.IO.Path.GetFullPath(originalPath);
        var relative = ContentLoader.RelativePath(siteDirectory, fullOriginal);
        if (!relative.StartsWith(ContentLoader.UpdatesFolder + "/", StringComparison.Ordinal) || !File.Exists(fullOriginal))
        {
            diagnostics.Add(Problems.TranslationOriginalNotFound(originalPath));
            return null;
        }
        var original = UpdateParser.Parse(relative, File.ReadAllText(fullOriginal), config, diagnostics);
        if (original is null)
            return null;
        // An original is in the main language ("x.md"), or first written in another and dated ("x.en.md" with no "x.md").
        var withoutExtension = fullOriginal[..^System.IO.Path.GetExtension(fullOriginal).Length];
        var baseName = original.Language is { } written ? withoutExtension[..^(written.Length + 1)] : withoutExtension;
        if (original.Language is not null && (!original.DateWritten || File.Exists(baseName + ".md")))
        {
            diagnostics.Add(Problems.TranslationOriginalNotFound(originalPath));
            return null;
        }
        var from = original.Language ?? config.Language;
        if (language == from)
        {
            diagnostics.Add(Problems.TranslationIntoItsOwnLanguage(originalPath, language));
            return null;
        }
        var path = baseName + "." + language + ".md";
        var record = Record(original, config);
        if (File.Exists(path))
        {
            var text = File.ReadAllText(path);
            File.WriteAllText(path, WithRecord(text, record));
            return new Written(ContentLoader.RelativePath(siteDirectory, path), Refreshed: true);
        }
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            writer.Write(Begin(original, from, target.Language, record));
        return new Written(ContentLoader.RelativePath(siteDirectory, path), Refreshed: false);
    }

    private static string Record(Update original, SiteConfig config) =>
        $"original:\n  updated: {TimeZoneInfo.ConvertTime(original.Updated ?? original.Date, config.TimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}\n  hash: {OriginalText.Hash(original)}\n";

    private static string Begin(Update original, string from, KnownLanguage language, string record)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"# Translation into {language.English} of {System.IO.Path.GetFileName(original.SourcePath)}: translate the words below, then remove 'draft: true'.\n");
        text.Append("# The date, severity, services, pinned and tags are the original's; they are not written here.\n");
        void Field(string key, string? value)
        {
            if (value is null)
                return;
            text.Append(CultureInfo.InvariantCulture, $"# {key} ({from}): {OneLine(value)}\n");
            text.Append(CultureInfo.InvariantCulture, $"{key}: {Quoted(value)}\n");
        }
        Field("title", original.Title);
        Field("summary", original.Summary);
        Field("advice", original.Advice);
        Field("sms", original.Sms);
        if (original.Banner is { } banner)
        {
            text.Append("banner:\n");
            if (banner.Headline is { } headline)
                text.Append(CultureInfo.InvariantCulture, $"  # ({from}): {OneLine(headline)}\n  headline: {Quoted(headline)}\n");
            if (banner.Text is { } bannerText)
                text.Append(CultureInfo.InvariantCulture, $"  # ({from}): {OneLine(bannerText)}\n  text: {Quoted(bannerText)}\n");
        }
        text.Append("draft: true\n");
        text.Append(record);
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"<!-- The original ({from}), to translate here:\n\n");
        text.Append(original.Body.Replace("--", "- -", StringComparison.Ordinal).TrimEnd());
        text.Append("\n\n-->\n");
        return text.ToString();
    }

    /// <summary>The text with its 'original:' record replaced, or added at the end of the front matter; nothing else changes.</summary>
    private static string WithRecord(string text, string record)
    {
        var withoutOld = OriginalBlock().Replace(text, "", 1);
        var close = withoutOld.IndexOf("\n---", 3, StringComparison.Ordinal);
        return close < 0 ? text : withoutOld[..(close + 1)] + record + withoutOld[(close + 1)..];
    }

    [GeneratedRegex(@"^original:[^\n]*\n(?:[ \t]+[^\n]*\n)*", RegexOptions.Multiline)]
    private static partial Regex OriginalBlock();

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).ReplaceLineEndings("\\n") + "\"";
}
