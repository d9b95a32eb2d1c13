namespace StaticCrisis.Core.Templates.Pages;

/// <summary>notice.html: one A4 sheet to print and pin up where people without internet pass by.</summary>
public sealed class NoticePage : Page
{
    /// <summary>How many of the newest updates fit on the sheet beside the board and contacts.</summary>
    public const int UpdateCount = 5;

    public override string OutputPath => "notice.html";

    public override string Title => Strings.NoticeTitle;

    public override string Section => "notice";
}
