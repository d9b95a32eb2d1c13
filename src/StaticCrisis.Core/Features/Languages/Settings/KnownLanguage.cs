namespace StaticCrisis.Core.Features.Languages.Settings;

/// <summary>
/// A language a site can publish in: its code (in site.yml, file names and folders), the BCP 47 tag pages are marked
/// with, its name as its own speakers write it (language links are written in the target language, never as flags),
/// its direction, and its names in English and Swedish for the writer's messages.
/// </summary>
public sealed record KnownLanguage(string Code, string Tag, string Endonym, string Dir, string English, string Swedish)
{
    public bool IsRightToLeft => Dir == "rtl";

    /// <summary>Easy-to-read Swedish (lättläst): Swedish for an audience, not another language; pages are marked <c>lang="sv"</c>.</summary>
    public bool IsEasyToRead => Code == KnownLanguages.EasyToReadSwedish;

    /// <summary>The theme's strings file: easy-to-read Swedish uses Swedish's unless the theme has its own.</summary>
    public string StringsName => IsEasyToRead ? "sv" : Code;
}
