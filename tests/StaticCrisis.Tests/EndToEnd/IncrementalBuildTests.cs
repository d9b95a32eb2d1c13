using System.Security.Cryptography;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Templates;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

/// <summary>
/// serve rebuilds with a <see cref="BuildCache"/>: after every kind of edit, what it serves is byte for byte what a fresh
/// `build` of the same files writes, with the same problems, and only what the edit touched was parsed and rendered again.
/// </summary>
public class IncrementalBuildTests
{
    private const string A = "content/updates/2026-03-02-a.md";
    private const string B = "content/updates/2026-03-03-b.md";
    private const string C = "content/updates/2026-03-04-c.md";
    private const string D = "content/updates/2026-03-05-d.md";

    private const string Site = $$"""
        -- site.yml --
        {{TestSite.MinimalConfig}}
        -- {{A}} --
        ---
        title: "Alfa"
        date: 2026-03-02T08:00:00+01:00
        services: { epost: down }
        ---
        Se [beta](2026-03-03-b.md), [delta](2026-03-05-d.md) och [beslutet](../files/beslut.pdf).
        -- {{B}} --
        ---
        title: "Beta"
        date: 2026-03-03T08:00:00+01:00
        ---
        Läs [rubriken hos gamma](2026-03-04-c.md#rubrik).
        -- {{C}} --
        ---
        title: "Gamma"
        date: 2026-03-04T08:00:00+01:00
        pinned: true
        ---
        Första texten.

        ## Rubrik
        -- content/files/beslut.pdf --
        %PDF-1.4
        """;

    [Fact]
    public void Every_kind_of_edit_gives_what_a_fresh_build_gives_and_redoes_only_what_it_touched()
    {
        using var site = new TestSite(Site);
        // Written long ago, as a site's files mostly are: unchanged ones are then known by size and time, without reading.
        foreach (var file in Directory.EnumerateFiles(site.Directory, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        var cache = new BuildCache();
        AssertSameAsFresh(site, cache, parsed: 3, rendered: 3, "first build");

        Edit(site, C, "Första texten.", "Andra texten, längre än den första.");
        AssertSameAsFresh(site, cache, parsed: 1, rendered: 1, "a changed body");

        // Same length, saved twice at once: files are compared by content, not by size and time.
        Edit(site, B, "title: \"Beta\"", "title: \"Bet1\"");
        Edit(site, B, "title: \"Bet1\"", "title: \"Bet2\"");
        AssertSameAsFresh(site, cache, parsed: 1, rendered: 1, "a changed title (home, archive, neighbours, feeds)");

        // D is new, and the link to it in A that was broken now leads there: A is rendered again too.
        site.Write(D, """
            ---
            title: "Delta"
            date: 2026-03-05T08:00:00+01:00
            services: { lon: degraded }
            ---
            Tillbaka till [gamma](2026-03-04-c.md) och [bilagan](../files/bilaga.pdf).
            """);
        AssertSameAsFresh(site, cache, parsed: 1, rendered: 2, "an added update");

        File.Delete(Path.Combine(site.Directory, B));
        AssertSameAsFresh(site, cache, parsed: 0, rendered: 1, "a deleted update (A links to it)");

        Edit(site, C, "pinned: true", "pinned: true\nslug: gamma");
        AssertSameAsFresh(site, cache, parsed: 1, rendered: 2, "a new slug (D links to it)");

        site.Write("content/files/bilaga.pdf", "%PDF-1.4\n");
        AssertSameAsFresh(site, cache, parsed: 0, rendered: 1, "an added file (D links to it)");

        Edit(site, A, "date: 2026-03-02T08:00:00+01:00", "date: 2026-03-06T08:00:00+01:00");
        AssertSameAsFresh(site, cache, parsed: 1, rendered: 1, "a new date (another order)");

        Edit(site, D, "lon: degraded", "lon: extreme");
        AssertSameAsFresh(site, cache, parsed: 1, rendered: 0, "a mistake", fails: true);
        Edit(site, D, "lon: extreme", "lon: operational");
        AssertSameAsFresh(site, cache, parsed: 1, rendered: 1, "the mistake fixed");

        Edit(site, "site.yml", "Testkommun", "Testkommunen");
        AssertSameAsFresh(site, cache, parsed: 3, rendered: 3, "a changed site.yml");

        CopyFolder(Path.Combine(ThemeLocator.BuiltInThemesDirectory, "default"), Path.Combine(site.Directory, "themes", "egen"));
        Edit(site, "site.yml", "title:", "theme: egen\ntitle:");
        AssertSameAsFresh(site, cache, parsed: 3, rendered: 3, "a theme of the site's own");
        Edit(site, "themes/egen/templates/update.cshtml", "</article>", "<p>Mallen ändrad.</p></article>");
        AssertSameAsFresh(site, cache, parsed: 0, rendered: 0, "a changed template");
        Assert.Contains("Mallen ändrad.", site.ReadOutput("updates/2026-03-05-d.html"));
    }

    /// <summary>Builds with the cache into memory and afresh onto disk, and compares problems and every file.</summary>
    private static void AssertSameAsFresh(TestSite site, BuildCache cache, int parsed, int rendered, string edit, bool fails = false)
    {
        var incremental = SiteBuilder.Build(new BuildRequest { SiteDirectory = site.Directory, Now = TestSite.Now, WriteOutput = false, Cache = cache });
        var fresh = site.Build();

        Assert.Equal(TestSite.Lines(fresh), TestSite.Lines(incremental));
        Assert.True(fresh.Succeeded == !fails, $"{edit}: {string.Join("\n", TestSite.Lines(fresh))}");
        Assert.Equal(fresh.Succeeded, incremental.Succeeded);
        Assert.True(parsed == cache.Updates.Parsed, $"{edit}: parsed {cache.Updates.Parsed} updates, expected {parsed}");
        Assert.True(rendered == cache.Markdown.Rendered, $"{edit}: rendered {cache.Markdown.Rendered} bodies, expected {rendered}");
        if (!fresh.Succeeded)
            return;
        var written = FolderSnapshot.Take(site.Output).Where(file => file.Key != ".staticcrisis").ToDictionary();
        var served = incremental.Files.ToDictionary(
            file => file.Path,
            file => Convert.ToHexString(SHA256.HashData(file.Content ?? File.ReadAllBytes(file.CopyFrom!))));
        Assert.Equal(written.Keys.Order(StringComparer.Ordinal), served.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in written)
            Assert.True(hash == served[path], $"{edit}: {path} differs from a fresh build");
    }

    private static void Edit(TestSite site, string path, string from, string to)
    {
        var text = File.ReadAllText(Path.Combine(site.Directory, path));
        Assert.Contains(from, text);
        site.Write(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
