using StaticCrisis.Core.Build;
using StaticCrisis.Core.Build.Pages.Rendering;
using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.Core.Build.Pages.Rendering;

/// <summary>
/// The built-in theme is compiled into the tool (BuiltInTheme.g.cs). These keep that file true to the templates, and
/// prove that the compiled-in theme renders every byte the way RazorLight's run-time compilation of the same templates does.
/// </summary>
public class BuiltInThemeTests
{
    [Fact]
    public void Compiled_in_theme_is_made_from_the_current_templates()
    {
        var expected = BuiltInThemeSource.Generate();
        if (Environment.GetEnvironmentVariable("STATICCRISIS_WRITE_BUILT_IN_THEME") == "1")
            File.WriteAllText(BuiltInThemeSource.GeneratedFile, expected);
        var actual = File.ReadAllText(BuiltInThemeSource.GeneratedFile);
        Assert.True(expected == actual,
            "src/StaticCrisis.Core/Build/Pages/Rendering/BuiltInTheme.g.cs is not made from themes/default/templates as they are now: run "
            + "`STATICCRISIS_WRITE_BUILT_IN_THEME=1 dotnet test --filter BuiltInThemeTests`, then build again");
    }

    [Fact]
    public void Compiled_in_theme_renders_the_sample_exactly_as_the_compiled_templates_do()
    {
        using var sample = new SampleSiteCopy(new Dictionary<string, string>());
        var site = sample.Directory;
        var builtIn = Path.Combine(site, "built-in");
        Assert.True(SiteBuilder.Build(new BuildRequest { SiteDirectory = site, OutputDirectory = builtIn, Now = SampleSiteBuild.Now }).Succeeded);

        // The same templates as the site's own theme, with one more template that no page uses: the fingerprint differs, so
        // RazorLight compiles them with Roslyn, as it does any site's theme.
        sample.UseOwnCopyOfTheBuiltInTheme();
        var compiled = Path.Combine(site, "compiled");
        Assert.True(SiteBuilder.Build(new BuildRequest { SiteDirectory = site, OutputDirectory = compiled, Now = SampleSiteBuild.Now }).Succeeded);

        var expected = FolderSnapshot.Take(compiled);
        Assert.Contains("index.html", expected.Keys);
        Assert.True(FolderSnapshot.Equal(expected, FolderSnapshot.Take(builtIn)), "the compiled-in theme renders differently");
    }

    [Fact]
    public void Fingerprint_names_the_templates_it_was_made_from()
    {
        var templates = StaticCrisis.Core.Build.Pages.Rendering.TemplateRenderer.TemplateNames(BuiltInThemeSource.TemplatesDirectory);
        Assert.Equal(BuiltInTheme.Fingerprint, StaticCrisis.Core.Build.Pages.Rendering.TemplateRenderer.Fingerprint(BuiltInThemeSource.TemplatesDirectory, templates));
        Assert.Equal(templates, BuiltInTheme.Templates.Keys.Order(StringComparer.Ordinal));
    }
}
