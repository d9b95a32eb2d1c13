using CsCheck;

namespace StaticCrisis.Tests.Properties;

/// <summary>
/// Generators of what a writer, a copy-paste or an attacker may put into a site: Markdown and raw HTML built from the
/// pieces parsers find hard (unclosed links, emphasis runs, deep nesting, tables without rows, script vectors), YAML
/// front matter with the slips people make (tabs, colons, curly quotes, dates at the edges of the calendar), and file
/// names that lie. CsCheck shrinks a failing input to a small one before it reports it.
/// </summary>
public static class Inputs
{
    private static readonly string[] MarkdownPieces =
    [
        "[a](", "](", "[", "]", "(", ")", "[x]", "[x]: javascript:alert(1)\n", "![bild](", "![x](karta.png)", "*", "**", "***", "_", "__",
        "`", "``", "```\n", "~~~", "\\", "&", "&amp;", "&#x3C;", "&#0;", "&#xD800;", "<", ">", "> ", ">>>> ", "- ", "* ", "1. ", "99999999999. ",
        "# ", "###### ", "\n", "\n\n", "    ", "\t", "|", "| a | b |\n|---|---|\n", "|-|\n", "---\n", "===\n", "<table>", "</table>",
        "<tr>", "</tr>", "<td>", "<th>", "<thead>", "<caption>", "<div>", "</div>", "<p>", "<span>", "<ul><li>", "<details><summary>",
        "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"jav&#x09;ascript:alert(1)\">", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<script>alert(1)</script>", "<javascript:alert(1)>",
        "<JaVaScRiPt:alert(1)>", "<http://a.example/>", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<iframe srcdoc=x>", "<!--", "-->", "<![CDATA[", "<?php", "<style>*{}</style>", "<base href=//evil.example/>", "<form><button formaction=javascript:alert(1)>",
        "[klick](javascript:alert(1))", "[klick](data:text/html;base64,PHNjcmlwdD4=)", "[a](<b)c>)", "www.example.org", "https://a.example/b?c=d#e",
        "0999-123 45", "\u202E", "\u200B", "ä", "🙂", "\u0001", "\u007F", "\u0085", "\r", "\f", "e", "text ", " ",
    ];

    public static readonly Gen<string> MarkdownBody =
        Gen.OneOf(Gen.OneOfConst(MarkdownPieces), Gen.String[Gen.Char.AlphaNumeric, 0, 6]).Array[0, 60].Select(pieces => string.Concat(pieces));

    /// <summary>The same pieces repeated, as pasted text that is pathological only in bulk (thousands of "[a](").</summary>
    public static readonly Gen<string> RepeatedMarkdown =
        Gen.Select(Gen.OneOfConst(MarkdownPieces).Array[1, 3], Gen.Int[50, 3000], (pieces, times) => string.Concat(Enumerable.Repeat(string.Concat(pieces), times)));

    private static readonly string[] Keys = ["title", "date", "updated", "summary", "severity", "pinned", "draft", "services", "tags", "slug", "banner", "sms", "advice", "titel", "Title", ""];

    private static readonly string[] Values =
    [
        "Vattnet", "\"Vattnet: koka\"", "Vattnet: koka", "\u201DCitat\u201D", "'a''b'", "\"\\u0000\"", "\"\\x1B[31m\"", "2026-03-02", "2026-03-02T08:00:00+01:00",
        "0001-01-01", "9999-12-31T23:59:59-14:00", "10000-01-01", "2026-02-30", "2026-13-01", "24:00", "-1", "99999999999999999999", "1e308",
        "true", "yes", "no", "null", "~", "[]", "{}", "[a, b", "{ a: }", "- x", "info", "critical", "extreme", "{ epost: down }", "[epost, lon]",
        "&anchor x", "*anchor", "!!binary aGVq", "!!python/object:os.system", "|", ">", "\"<img src=x onerror=alert(1)>\"", "<script>alert(1)</script>",
        "\"[FYLL I: text]\"", new string('x', 5000), "\t", "", "\u202E", "🙂",
    ];

    private static readonly Gen<string> Line =
        Gen.Select(Gen.OneOfConst("", " ", "  ", "\t", "    "), Gen.OneOfConst(Keys), Gen.OneOfConst(":", ": ", ":\t", " : ", "", "::"), Gen.OneOfConst(Values),
            (indent, key, colon, value) => indent + key + colon + value);

    /// <summary>Front matter: mostly sensible (so the body is reached), with slips mixed in.</summary>
    public static readonly Gen<string> FrontMatter =
        Gen.Select(Line.Array[0, 12], Gen.Bool, (lines, dated) =>
            (dated ? "title: \"Läget\"\ndate: 2026-03-02T08:00:00+01:00\n" : "") + string.Join('\n', lines) + "\n");

    public static readonly Gen<string> UpdateFile =
        Gen.Select(FrontMatter, MarkdownBody, Gen.OneOfConst("---\n", "---\r\n", "--- \n", "\uFEFF---\n", ""), Gen.OneOfConst("---\n", "...\n", "---", ""),
            (yaml, body, open, close) => open + yaml + close + body);

    private static readonly string[] NameParts =
        ["karta", "bild", ".png", ".md", ".html", "index.html", "feed.xml", "SHA256SUMS", "SHA256SUMS.minisig", "style.css", "Index.HTML", "updates",
            "ä", " ", "\n", "\u001b", "\\", "#", "~", ".", "..", "-", "a\u202Eb", "🙂", new string('n', 200)];

    /// <summary>What a path in a generated tree is: mostly a file, sometimes a named pipe or a link out, in or to nothing.</summary>
    public static readonly string[] FileKinds = ["file", "file", "file", "fifo", "link out", "link in", "dangling"];

    /// <summary>A file's path under content/: one to three parts, each a name that may lie.</summary>
    public static readonly Gen<string> ContentPath =
        Gen.OneOfConst(NameParts).Array[1, 3].Select(parts => string.Concat(parts)).Where(name => name.Length is > 0 and < 250 && name is not ("." or ".."))
            .Array[1, 3].Select(parts => string.Join('/', parts));
}
