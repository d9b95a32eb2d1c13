using System.Text.RegularExpressions;
using StaticCrisis.Core.Kernel.Files;

namespace StaticCrisis.Core.Configuration;

/// <summary>
/// The site's <c>language</c> read straight from site.yml's top-level line, before (and whether or not) the whole file is
/// valid: the tool must speak the writer's language precisely when their site.yml has a mistake.
/// </summary>
public static partial class SiteLanguage
{
    [GeneratedRegex(@"^language:\s*[""']?(?<language>[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)[""']?\s*(?:#.*)?$", RegexOptions.Multiline)]
    private static partial Regex LanguageLine();

    public static string? Peek(string siteDirectory)
    {
        var path = Path.Combine(siteDirectory, SiteConfigLoader.FileName);
        try
        {
            // Only an ordinary file is opened: a FIFO named site.yml would block for ever.
            if (FileKinds.Of(path) != FileKind.Regular || new FileInfo(path).Length > SiteConfigLoader.MaxBytes)
                return null;
            var match = LanguageLine().Match(File.ReadAllText(path));
            return match.Success ? match.Groups["language"].Value : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
