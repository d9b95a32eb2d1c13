using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Publishing;

namespace StaticCrisis.Tests.Cli.Terminal;

public class PublishProgressDisplayTests
{
    [Fact]
    public void In_a_log_a_long_upload_gets_a_line_at_each_quarter_and_a_short_one_none()
    {
        var stderr = new StringWriter();
        var display = new PublishProgressDisplay(stderr, TerminalStyle.Plain, Verbosity.Normal);
        var usb = display.For("usb");
        var small = display.For("liten");

        for (var done = 1; done <= 400; done++)
            usb.Report(new ApplyProgress(done, 400, done * 1024L, 0));
        for (var done = 1; done <= 10; done++)
            small.Report(new ApplyProgress(done, 10, done, 0));

        Assert.Equal("usb: 100/400 files (100.0 KB)\nusb: 200/400 files (200.0 KB)\nusb: 300/400 files (300.0 KB)\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void On_a_terminal_one_line_for_all_mirrors_is_redrawn_and_erased_at_the_end()
    {
        var stderr = new StringWriter();
        var display = new PublishProgressDisplay(stderr, new TerminalStyle(true, false), Verbosity.Normal);

        display.For("usb").Report(new ApplyProgress(3, 3, 10, 0));
        display.For("share").Report(new ApplyProgress(3, 3, 10, 0));
        display.Clear();

        Assert.EndsWith("\rPublishing: usb 3/3  share 3/3\u001b[K\r\u001b[K", stderr.ToString(), StringComparison.Ordinal);
    }
}
