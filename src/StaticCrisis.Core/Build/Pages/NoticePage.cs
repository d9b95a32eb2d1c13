namespace StaticCrisis.Core.Templates.Pages;

/// <summary>
/// notice.html: one A4 sheet to print and pin up where people without internet pass by. The site's address and its QR code
/// come first, so they are on the sheet whatever follows; then the board, the situation now, the contacts, and as many of
/// the newest updates as the rest leaves room for (the sheet's print style also cuts off anything past its one page).
/// </summary>
public sealed class NoticePage : Page
{
    /// <summary>At most this many of the newest updates, when they fit.</summary>
    public const int UpdateCount = 5;

    /// <summary>Lines of 10 pt text an A4 sheet holds below the title and address block, in the print style.</summary>
    private const int LinesOnTheSheet = 44;

    public override string OutputPath => "notice.html";

    public override string Title => Strings.NoticeTitle;

    public override string Section => "notice";

    /// <summary>The newest updates the sheet has room for: the board, the situation now and the contacts come first.</summary>
    public int UpdatesThatFit
    {
        get
        {
            // A service is a line, two with advice or a phone; a heading takes two; the situation now about four.
            var board = Site.ServiceBoard.Count == 0 ? 0 : 3 + Site.ServiceBoard.Sum(entry => entry.Service.Advice is null && entry.Service.Phone is null ? 1 : 2);
            var current = Site.Current is null ? 0 : 5;
            var contacts = Site.Config.Contacts.Count == 0 ? 0 : 2 + Site.Config.Contacts.Count;
            // A long board is set smaller (notice-dense), so its lines count for less.
            if (Site.ServiceBoard.Count > 12)
                board = board * 3 / 4;
            var left = LinesOnTheSheet - board - current - contacts - 2;
            return Math.Clamp(left / 2, 0, UpdateCount);
        }
    }

    /// <summary>The site's address as a QR code, inline.</summary>
    public string AddressQrCode => QrCode.Svg(Site.Config.BaseUrl, Strings.NoticeReadMore + " " + Site.Config.BaseUrl.AbsoluteUri);
}
