namespace StaticCrisis.Core.Templates.Pages;

/// <summary>archive.html: every published update, by month, newest first.</summary>
public sealed class ArchivePage : Page
{
    public override string OutputPath => "archive.html";

    public override string Title => Strings.ArchiveTitle;

    public override string Section => "archive";
}
