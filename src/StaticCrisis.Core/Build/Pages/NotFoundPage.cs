namespace StaticCrisis.Core.Templates.Pages;

/// <summary>
/// 404.html. A server shows it at whatever address was asked for, so relative links would break:
/// its links start from the base URL's path instead.
/// </summary>
public sealed class NotFoundPage : Page
{
    public override string OutputPath => "404.html";

    public override string Title => Strings.NotFoundTitle;

    protected override string Link(string fileInOutput) => Site.Config.BaseUrl.AbsolutePath + fileInOutput;
}
