using System.Text;
using System.Xml.Linq;
using CsCheck;
using StaticCrisis.Core.Build.Markdown;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Content;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Properties;

/// <summary>
/// For every input: never an unhandled exception, always a page or a located diagnostic, and nothing hostile in what is
/// made. Each property runs for a fixed time (PropertyBudget) with CsCheck's shrinking, so a failure is reported as a
/// small input and its seed (rerun with CsCheck_Seed=… to reproduce).
/// </summary>
public class NoInputCrashesTheToolTests
{
    private const string UpdatePath = "content/updates/2026-03-02-a.md";

    private static readonly SiteConfig Config = SiteConfigLoader.Parse(TestSite.MinimalConfig, new DiagnosticBag())!;

    /// <summary>Seconds per property in a normal test run; STATICCRISIS_PROPERTY_SECONDS gives a longer campaign.</summary>
    private static int PropertyBudget =>
        int.TryParse(Environment.GetEnvironmentVariable("STATICCRISIS_PROPERTY_SECONDS"), out var seconds) ? seconds : 8;

    [Fact]
    public void Every_markdown_body_renders_to_safe_html_or_a_located_problem()
    {
        Inputs.MarkdownBody.Sample(RendersSafely, time: PropertyBudget, print: Show);
    }

    [Fact]
    public void Markdown_that_is_pathological_only_in_bulk_renders_or_is_a_located_problem()
    {
        Inputs.RepeatedMarkdown.Sample(RendersSafely, time: PropertyBudget, print: Show);
    }

    [Fact]
    public void Every_update_file_becomes_an_update_or_located_errors_in_that_file()
    {
        Inputs.UpdateFile.Sample(file =>
        {
            var diagnostics = new DiagnosticBag();
            var text = SourceText.Decode(Encoding.UTF8.GetBytes(file), UpdatePath, diagnostics);
            var update = text is null ? null : UpdateParser.Parse(UpdatePath, text, Config, diagnostics);
            if (update is null)
                Assert.True(diagnostics.HasErrors, "an update was dropped without an error");
            else
                Assert.Empty(SafeOutput.ProblemsInFragment(new MarkdownRenderer(new ContentLinks(new SiteContent([update], []))).Render(update, diagnostics).BodyHtml));
            Assert.All(diagnostics.Sorted(), diagnostic =>
            {
                Assert.Equal(UpdatePath, diagnostic.Location?.Path);
                Assert.DoesNotContain('\n', diagnostic.ToString());
            });
        }, time: PropertyBudget, print: Show);
    }

    [Fact]
    public void Every_site_builds_safe_pages_and_feeds_or_reports_located_errors()
    {
        var site = Gen.Select(Inputs.UpdateFile.Array[1, 4], Gen.Select(Inputs.ContentPath, Inputs.MarkdownBody, Gen.OneOfConst(Inputs.FileKinds)).Array[0, 3]);
        site.Sample(files =>
        {
            var (updates, assets) = files;
            using var test = new TestSite($"-- site.yml --\n{TestSite.MinimalConfig}\n");
            for (var i = 0; i < updates.Length; i++)
                test.Write($"content/updates/2026-03-0{i + 1}-u{i}.md", updates[i]);
            foreach (var (path, text, kind) in assets)
                TryMake(test, "content/" + path, text, kind);

            var result = test.Build(drafts: true, future: true);

            Assert.All(result.Diagnostics.Sorted(), diagnostic =>
            {
                Assert.NotNull(diagnostic.Location);
                Assert.DoesNotContain('\n', diagnostic.ToString());
                Assert.DoesNotContain('\u001b', diagnostic.ToString());
            });
            if (!result.Succeeded)
            {
                Assert.True(result.Diagnostics.HasErrors);
                return;
            }
            foreach (var page in Directory.EnumerateFiles(test.Output, "*.html", SearchOption.AllDirectories))
                Assert.Empty(SafeOutput.ProblemsInPage(File.ReadAllText(page)));
            // Nothing from outside the site folder: no link out was followed.
            Assert.DoesNotContain(Directory.EnumerateFiles(test.Output, "*", SearchOption.AllDirectories), file => File.ReadAllText(file).Contains("root:x:0:0", StringComparison.Ordinal));
            var rss = XDocument.Load(Path.Combine(test.Output, "feed.xml"));
            foreach (var description in rss.Descendants("description"))
                Assert.Empty(SafeOutput.ElementsInFeedHtml(description.Value));
            XDocument.Load(Path.Combine(test.Output, "feed.atom"));
            // No name forged a line of the manifest: every line is an entry.
            Assert.All(File.ReadAllLines(Path.Combine(test.Output, "SHA256SUMS")), line => Assert.StartsWith("SHA256 (", line, StringComparison.Ordinal));
        }, time: PropertyBudget, threads: 1, print: files => Show(string.Join("\n-- next --\n", files.Item1)) + " assets: " + string.Join(", ", files.Item2.Select(a => $"{Show(a.Item1)} ({a.Item3})")));
    }

    /// <summary>The body renders to HTML with nothing that can run, and every problem is reported in its file.</summary>
    private static void RendersSafely(string body)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = Render(body, diagnostics);
        Assert.Empty(SafeOutput.ProblemsInFragment(rendered.BodyHtml));
        Assert.All(diagnostics.Sorted(), diagnostic => Assert.Equal(UpdatePath, diagnostic.Location?.Path));
    }

    private static RenderedUpdate Render(string body, DiagnosticBag diagnostics)
    {
        var update = new Update
        {
            SourcePath = UpdatePath,
            Slug = "2026-03-02-a",
            SlugLocation = new SourceLocation(UpdatePath),
            Title = "A",
            Date = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.FromHours(1)),
            Body = body,
            BodyLine = 5,
        };
        return new MarkdownRenderer(new ContentLinks(new SiteContent([update], []))).Render(update, diagnostics);
    }

    /// <summary>A generated name the file system itself refuses (too long in bytes) is the test's own limit, not the tool's.</summary>
    private static void TryMake(TestSite site, string path, string text, string kind)
    {
        var full = Path.Combine(site.Directory, path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            switch (kind)
            {
                case "fifo":
                    SpecialFiles.NamedPipe(full);
                    break;
                case "link out":
                    File.CreateSymbolicLink(full, "/etc/passwd");
                    break;
                case "link in":
                    File.CreateSymbolicLink(full, Path.Combine(site.Directory, "site.yml"));
                    break;
                case "dangling":
                    File.CreateSymbolicLink(full, full + ".borta");
                    break;
                default:
                    site.Write(path, text);
                    break;
            }
        }
        catch (InvalidOperationException)
        {
            // mkfifo refused the name
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string Show(string value) => TerminalText.Escape(value.Length > 600 ? value[..600] + "…" : value);
}
