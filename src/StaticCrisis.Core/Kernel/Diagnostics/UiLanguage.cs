namespace StaticCrisis.Core.Kernel.Diagnostics;

/// <summary>The languages the tool itself speaks in (messages, the preview's panel, --help). Codes are the same in each.</summary>
public enum UiLanguage
{
    English,
    Swedish,
}

public static class UiLanguages
{
    public static readonly string[] Names = ["sv", "en"];

    /// <summary>
    /// The language to speak: <c>--ui-language</c>, else the locale (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>) when it is
    /// Swedish or English, else the site's <c>language</c> (sv is Swedish, any other English), else English.
    /// </summary>
    /// <param name="siteLanguage">Read only when neither the option nor the locale decides (it opens site.yml).</param>
    public static UiLanguage Choose(string? option, Func<string, string?> environment, Func<string?> siteLanguage)
    {
        if (Parse(option) is { } chosen)
            return chosen;
        foreach (var variable in (string[])["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            // The first locale variable that is set decides, as it does for every other program; C and POSIX have no opinion.
            if (environment(variable) is { Length: > 0 } locale)
            {
                if (Parse(locale) is { } fromLocale)
                    return fromLocale;
                break;
            }
        }
        return siteLanguage() is { } site && site.StartsWith("sv", StringComparison.OrdinalIgnoreCase) ? UiLanguage.Swedish : UiLanguage.English;
    }

    /// <summary>"sv", "sv-SE", "sv_SE.UTF-8" are Swedish; "en…" English; anything else (C, POSIX, fi) null.</summary>
    public static UiLanguage? Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var language = name.Trim().Split('_', '-', '.', '@')[0].ToLowerInvariant();
        return language switch
        {
            "sv" => UiLanguage.Swedish,
            "en" => UiLanguage.English,
            _ => null,
        };
    }
}
