using StaticCrisis.Tests.Support;

namespace StaticCrisis.Tests.EndToEnd;

public class SmsTests
{
    [Fact]
    public void Sms_txt_lists_the_sms_texts_newest_first_with_their_times()
    {
        using var site = new TestSite($"""
            -- site.yml --
            {TestSite.MinimalConfig}
            -- content/updates/a.md --
            ---
            title: A
            date: 2026-03-02T08:00:00+01:00
            sms: "Första: vattnet är avstängt."
            ---
            -- content/updates/b.md --
            ---
            title: B
            date: 2026-03-03T09:30:00+01:00
            ---
            -- content/updates/c.md --
            ---
            title: C
            date: 2026-03-04T10:00:00+01:00
            sms: "Andra: vattnet är tillbaka."
            ---
            """);
        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Empty(TestSite.Lines(result));
        Assert.Equal("4 mars 2026 kl. 10.00\nAndra: vattnet är tillbaka.\n\n2 mars 2026 kl. 08.00\nFörsta: vattnet är avstängt.\n\n", site.ReadOutput("sms.txt"));
    }

    [Theory]
    [InlineData(170, 'a', "the sms of content/updates/a.md is 170 GSM characters and needs 2 text messages (160 fit in one); shorten it if it should go as one")]
    [InlineData(80, 'ő', "the sms of content/updates/a.md has characters outside the GSM alphabet, so it is sent as UCS-2: 80 characters need 2 text messages (70 fit in one)")]
    public void An_sms_longer_than_one_message_warns_at_the_key(int count, char c, string message)
    {
        using var site = new TestSite($"-- site.yml --\n{TestSite.MinimalConfig}\n-- content/updates/a.md --\n---\ntitle: A\ndate: 2026-03-02\nsms: \"{new string(c, count)}\"\n---\n");
        Assert.Equal([$"content/updates/a.md(4,6): warning SC1024: {message}"], TestSite.Lines(site.Build()));
    }
}
