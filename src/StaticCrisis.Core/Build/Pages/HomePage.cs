namespace StaticCrisis.Core.Templates.Pages;

/// <summary>index.html: the situation now, the service board, contacts and the timeline.</summary>
public sealed class HomePage : Page
{
    public override string OutputPath => "index.html";

    public override string Title => Site.Config.Title;

    public override string Section => "home";
}
