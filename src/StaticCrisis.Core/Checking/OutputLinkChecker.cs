using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Core.Checking;

/// <summary>
/// Checks a built site on disk: every internal link, image and stylesheet of every page points at a file that exists,
/// and every '#fragment' at an element with that id. Links to other hosts are not followed (the check works offline).
/// </summary>
public static class OutputLinkChecker
{
    private static readonly string[] LinkAttributes = ["href", "src", "poster", "data"];

    public static int Check(string outputDirectory, Uri baseUrl, string shownOutput, DiagnosticBag diagnostics)
    {
        var pages = Directory.EnumerateFiles(outputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(outputDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var documents = new Dictionary<string, IDocument>(StringComparer.Ordinal);
        foreach (var page in pages)
            documents[page] = parser.ParseDocument(File.ReadAllText(Path.Combine(outputDirectory, page)));

        var checkedLinks = 0;
        foreach (var (page, document) in documents)
        {
            foreach (var element in document.QuerySelectorAll("[href], [src], [poster], object[data]"))
            {
                foreach (var attribute in LinkAttributes)
                {
                    if (element.GetAttribute(attribute) is not { } url)
                        continue;
                    var problem = Resolve(outputDirectory, page, url, baseUrl, documents);
                    if (problem is null)
                        continue;
                    var position = element.SourceReference?.Position;
                    var location = new SourceLocation($"{shownOutput}/{page}", position?.Line ?? 0, position?.Column ?? 0);
                    diagnostics.Add(Problems.OutputLinkBroken(location, url, problem.Value));
                }
                checkedLinks++;
            }
        }
        return checkedLinks;
    }

    private static readonly Said FolderLink = new("it names a folder, which only works on servers that show index.html for folders; link to the folder's index.html",
        "den pekar på en mapp, vilket bara fungerar på servrar som visar index.html för mappar; länka till mappens index.html");

    /// <summary>Null when the link is fine or not ours to check; else why it is broken.</summary>
    private static Said? Resolve(string outputDirectory, string page, string url, Uri baseUrl, Dictionary<string, IDocument> documents)
    {
        url = url.Trim();
        if (url.Length == 0)
            return new("the link is empty; write the address or remove the link", "länken är tom; skriv adressen eller ta bort länken");
        if (url.StartsWith("//", StringComparison.Ordinal) || (url.Contains(':', StringComparison.Ordinal) && !url.StartsWith('/') && IsScheme(url)))
            return null; // another host, mailto:, tel:

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var pathPart = (hash < 0 ? url : url[..hash]).Split('?')[0];

        string target;
        if (pathPart.Length == 0)
        {
            target = page;
        }
        else if (pathPart.StartsWith('/'))
        {
            var basePath = baseUrl.AbsolutePath;
            if (!pathPart.StartsWith(basePath, StringComparison.Ordinal))
                return new($"it starts with '/' but not with the site's path '{basePath}'; write it relative to the page", $"den börjar med '/' men inte med webbplatsens sökväg '{basePath}'; skriv den relativt sidan");
            target = Uri.UnescapeDataString(pathPart[basePath.Length..]);
        }
        else
        {
            var directory = Path.GetDirectoryName(page)!.Replace('\\', '/');
            target = Normalize(directory.Length == 0 ? Uri.UnescapeDataString(pathPart) : directory + "/" + Uri.UnescapeDataString(pathPart));
            if (target.StartsWith("../", StringComparison.Ordinal))
                return new("it points outside the site; link to a file inside it", "den pekar ut ur webbplatsen; länka till en fil inuti den");
        }

        if (target.Length == 0 || target.EndsWith('/'))
            return FolderLink;
        var full = Path.Combine(outputDirectory, target);
        if (!File.Exists(full))
            return Directory.Exists(full) ? FolderLink : new("the file does not exist; check the name, or save the file into content/", "filen finns inte; kontrollera namnet, eller spara filen i content/");
        if (!string.IsNullOrEmpty(fragment) && documents.TryGetValue(target, out var targetDocument) && targetDocument.GetElementById(fragment) is null)
            return new($"'{target}' has no element with id '{fragment}'; check the part after '#'", $"'{target}' har inget element med id '{fragment}'; kontrollera delen efter '#'");
        return null;
    }

    private static bool IsScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(url[0]);
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
                continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
                parts.RemoveAt(parts.Count - 1);
            else
                parts.Add(part);
        }
        return string.Join('/', parts) + (path.EndsWith('/') ? "/" : "");
    }
}
