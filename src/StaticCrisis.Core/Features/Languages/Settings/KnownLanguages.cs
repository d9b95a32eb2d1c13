namespace StaticCrisis.Core.Features.Languages.Settings;

/// <summary>
/// The languages a Swedish municipality is asked to publish in: Swedish and easy-to-read Swedish, the national minority
/// languages (Finnish, Meänkieli, the Sami languages, Romani chib, Yiddish), and the languages most spoken by residents
/// who are new to Swedish. A code outside this list is a mistake more often than a wish, so it is refused with a suggestion.
/// </summary>
public static class KnownLanguages
{
    /// <summary>Easy-to-read Swedish: the name Swedish sites give the section ("/lattlast"), written like a language code.</summary>
    public const string EasyToReadSwedish = "lattlast";

    public static readonly IReadOnlyList<KnownLanguage> All =
    [
        new("sv", "sv", "Svenska", "ltr", "Swedish", "svenska"),
        new(EasyToReadSwedish, "sv", "Lättläst", "ltr", "easy-to-read Swedish", "lättläst svenska"),
        new("en", "en", "English", "ltr", "English", "engelska"),
        new("fi", "fi", "Suomi", "ltr", "Finnish", "finska"),
        new("fit", "fit", "Meänkieli", "ltr", "Meänkieli", "meänkieli"),
        new("se", "se", "Davvisámegiella", "ltr", "Northern Sami", "nordsamiska"),
        new("smj", "smj", "Julevsámegiella", "ltr", "Lule Sami", "lulesamiska"),
        new("sma", "sma", "Åarjelsaemien gïele", "ltr", "Southern Sami", "sydsamiska"),
        new("rmy", "rmy", "Romani chib", "ltr", "Romani (Kalderash)", "romani chib (kalderash)"),
        new("yi", "yi", "ייִדיש", "rtl", "Yiddish", "jiddisch"),
        new("ar", "ar", "العربية", "rtl", "Arabic", "arabiska"),
        new("fa", "fa", "فارسی", "rtl", "Persian", "persiska"),
        new("prs", "prs", "دری", "rtl", "Dari", "dari"),
        new("ps", "ps", "پښتو", "rtl", "Pashto", "pashto"),
        new("ckb", "ckb", "کوردیی ناوەندی", "rtl", "Central Kurdish (Sorani)", "sorani"),
        new("kmr", "kmr", "Kurmancî", "ltr", "Northern Kurdish (Kurmanji)", "kurmanji"),
        new("so", "so", "Soomaali", "ltr", "Somali", "somaliska"),
        new("ti", "ti", "ትግርኛ", "ltr", "Tigrinya", "tigrinja"),
        new("am", "am", "አማርኛ", "ltr", "Amharic", "amhariska"),
        new("uk", "uk", "Українська", "ltr", "Ukrainian", "ukrainska"),
        new("ru", "ru", "Русский", "ltr", "Russian", "ryska"),
        new("pl", "pl", "Polski", "ltr", "Polish", "polska"),
        new("bs", "bs", "Bosanski", "ltr", "Bosnian", "bosniska"),
        new("hr", "hr", "Hrvatski", "ltr", "Croatian", "kroatiska"),
        new("sr", "sr", "Српски", "ltr", "Serbian", "serbiska"),
        new("sq", "sq", "Shqip", "ltr", "Albanian", "albanska"),
        new("tr", "tr", "Türkçe", "ltr", "Turkish", "turkiska"),
        new("th", "th", "ไทย", "ltr", "Thai", "thailändska"),
        new("vi", "vi", "Tiếng Việt", "ltr", "Vietnamese", "vietnamesiska"),
        new("zh", "zh", "中文", "ltr", "Chinese", "kinesiska"),
        new("es", "es", "Español", "ltr", "Spanish", "spanska"),
        new("fr", "fr", "Français", "ltr", "French", "franska"),
        new("de", "de", "Deutsch", "ltr", "German", "tyska"),
        new("da", "da", "Dansk", "ltr", "Danish", "danska"),
        new("nb", "nb", "Norsk bokmål", "ltr", "Norwegian Bokmål", "norska (bokmål)"),
        new("nn", "nn", "Norsk nynorsk", "ltr", "Norwegian Nynorsk", "norska (nynorska)"),
        new("et", "et", "Eesti", "ltr", "Estonian", "estniska"),
        new("lt", "lt", "Lietuvių", "ltr", "Lithuanian", "litauiska"),
        new("lv", "lv", "Latviešu", "ltr", "Latvian", "lettiska"),
        new("ro", "ro", "Română", "ltr", "Romanian", "rumänska"),
        new("ur", "ur", "اردو", "rtl", "Urdu", "urdu"),
        new("he", "he", "עברית", "rtl", "Hebrew", "hebreiska"),
    ];

    private static readonly Dictionary<string, KnownLanguage> ByCode = All.ToDictionary(language => language.Code, StringComparer.Ordinal);

    public static KnownLanguage? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>
    /// The code a writer most likely meant: a code one letter off ("ara"), or a language's name in English or Swedish
    /// ("English", "arabiska", "easy-to-read Swedish"); null when nothing is close.
    /// </summary>
    public static string? Suggest(string written)
    {
        var lower = written.Trim().ToLowerInvariant();
        if (All.FirstOrDefault(language => language.English.Equals(lower, StringComparison.OrdinalIgnoreCase)
            || language.Swedish.Equals(lower, StringComparison.OrdinalIgnoreCase) || language.Endonym.Equals(lower, StringComparison.OrdinalIgnoreCase)) is { } named)
            return named.Code;
        if (lower.Split('-', '_')[0] is var primary && primary != lower && Find(primary) is { } byPrimary)
            return byPrimary.Code;
        return Kernel.Diagnostics.Suggestions.Nearest(lower, All.Select(language => language.Code));
    }
}
