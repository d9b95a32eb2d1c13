using BenchmarkDotNet.Attributes;
using StaticCrisis.Cli.Serving;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Preview;

namespace StaticCrisis.Benchmarks;

/// <summary>
/// What a writer waits for in <c>serve</c>: one update is saved, and the preview rebuilds. A copy of the site is built once,
/// then every operation saves one update (its body alternates between two versions) and rebuilds, as the watcher would;
/// then, as the reloading browser does, asks for that update's page, or waits for the background pass that makes and checks
/// every page.
/// </summary>
[MemoryDiagnoser, MedianColumn, MinColumn, MaxColumn]
public class RebuildBenchmarks : IDisposable
{
    private string _site = null!;
    private PreviewSession _builds = null!;
    private string _edited = null!;
    private string _original = null!;
    private string _page = null!;
    private int _saves;

    [GlobalSetup]
    public void Setup()
    {
        var source = new StageInputs().SiteDirectory;
        _site = Path.Combine(Path.GetTempPath(), "staticcrisis-bench-site-" + Guid.NewGuid().ToString("N"));
        CopyFolder(source, _site);
        _edited = Directory.EnumerateFiles(Path.Combine(_site, "content", "updates"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        _original = File.ReadAllText(_edited);
        _builds = new PreviewSession(new BuildRequest { SiteDirectory = _site, BaseUrl = "http://127.0.0.1:8080/" }, new TerminalPreviewReporter(TextWriter.Null, TextWriter.Null, strict: false, UiLanguage.English), () => DateTimeOffset.Now);
        var state = _builds.Build();
        _page = "updates/" + Path.GetFileNameWithoutExtension(_edited) + ".html";
        if (state.HasProblems || state.Files?.ContainsKey(_page) != true)
            throw new InvalidOperationException("the site does not build, or names its pages otherwise");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Dispose();
        Directory.Delete(_site, recursive: true);
    }

    public void Dispose()
    {
        _builds?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "save one update + serve rebuild (ready to serve)")]
    public int SaveAndRebuild() => SaveAndBuild().Version;

    [Benchmark(Description = "save + rebuild + the saved update's page made (what the reload shows)")]
    public int SaveRebuildAndOpenPage() => SaveAndBuild().Files![_page].Content!.Length;

    [Benchmark(Description = "save + rebuild + background pass done (every page made and checked)")]
    public void SaveRebuildAndCheckAll()
    {
        SaveAndBuild();
        _builds.Checked.GetAwaiter().GetResult();
    }

    private PreviewState SaveAndBuild()
    {
        File.WriteAllText(_edited, _original + $"\nRättelse nummer {++_saves % 2}.\n");
        return _builds.Build();
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
