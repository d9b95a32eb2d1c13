using StaticCrisis.Cli;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Tests.Cli.Terminal;

public class DiagnosticPrinterTests
{
    [Fact]
    public void Prints_the_canonical_format_sorted_by_file_and_line()
    {
        var bag = new DiagnosticBag();
        bag.Add(new Diagnostic(DiagnosticSeverity.Warning, "SC1011", "unknown key 'x' is ignored", new SourceLocation("content/updates/b.md", 3, 1)));
        bag.Add(new Diagnostic(DiagnosticSeverity.Error, "SC1004", "severity \"extreme\" is not one of info, notice, warning, critical", new SourceLocation("content/updates/a.md", 5, 11)));
        bag.Add(new Diagnostic(DiagnosticSeverity.Error, "SC3001", "refusing to write", null));
        var output = new StringWriter();

        DiagnosticPrinter.Print(bag, output, strict: false, annotate: false);

        Assert.Equal(
            """
            staticcrisis: error SC3001: refusing to write
            content/updates/a.md(5,11): error SC1004: severity "extreme" is not one of info, notice, warning, critical
            content/updates/b.md(3,1): warning SC1011: unknown key 'x' is ignored

            """.Replace("\r", "", StringComparison.Ordinal),
            output.ToString().Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Strict_prints_warnings_as_errors()
    {
        var bag = new DiagnosticBag();
        bag.Add(new Diagnostic(DiagnosticSeverity.Warning, "SC1011", "unknown key 'x' is ignored", new SourceLocation("a.md", 3, 1)));
        var output = new StringWriter();
        DiagnosticPrinter.Print(bag, output, strict: true, annotate: false);
        Assert.Equal("a.md(3,1): error SC1011: unknown key 'x' is ignored", output.ToString().Trim());
    }

    [Fact]
    public void In_github_actions_each_problem_is_also_an_annotation()
    {
        var bag = new DiagnosticBag();
        bag.Add(new Diagnostic(DiagnosticSeverity.Error, "SC1004", "severity \"x\" is not one of info, notice, warning, critical", new SourceLocation("content/updates/a, b.md", 5, 11)));
        bag.Add(new Diagnostic(DiagnosticSeverity.Warning, "SC1011", "100% wrong\nsecond line", new SourceLocation("site.yml")));
        var output = new StringWriter();

        DiagnosticPrinter.Print(bag, output, strict: false, annotate: true);

        var annotations = output.ToString().Replace("\r", "", StringComparison.Ordinal).Split('\n').Where(line => line.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "::error file=content/updates/a%2C b.md,line=5,col=11,title=SC1004::severity \"x\" is not one of info, notice, warning, critical",
                "::warning file=site.yml,title=SC1011::100%25 wrong%0Asecond line",
            ],
            annotations);
    }
}
