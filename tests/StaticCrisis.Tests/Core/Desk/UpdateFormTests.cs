using CsCheck;
using StaticCrisis.Core.Desk;

namespace StaticCrisis.Tests.Core.Desk;

/// <summary>The desk's form over an update file: reading the fields, and writing back only what the writer changed.</summary>
public class UpdateFormTests
{
    private static readonly string[] Services = ["epost", "lon"];

    /// <summary>Written by hand, with everything a form does not show: comments, an odd key order, a key unknown to the tool, CRLF.</summary>
    private const string HandWritten =
        "---\r\n" +
        "# Granskad av Anna 2 mars\r\n" +
        "date: 2026-03-02T08:00   # morgonens läge\r\n" +
        "title: 'Vattnet: koka det'\r\n" +
        "services:\r\n" +
        "  lon: down   # lönen\r\n" +
        "  epost: manual\r\n" +
        "x-internal: \"ärendenummer 4711\"\r\n" +
        "tags: [vatten, Norrby]\r\n" +
        "---\r\n" +
        "Koka vattnet.\r\n\r\nRing 0999-123 00.\r\n";

    [Fact]
    public void Reads_the_fields_as_written()
    {
        var form = UpdateForm.From(HandWritten, Services);
        Assert.Equal("Vattnet: koka det", form["title"]);
        Assert.Equal("2026-03-02T08:00", form["date"]);
        Assert.Equal("manual", form["services.epost"]);
        Assert.Equal("down", form["services.lon"]);
        Assert.Equal("vatten, Norrby", form["tags"]);
        Assert.Equal("", form["summary"]);
        Assert.Equal("", form["pinned"]);
        Assert.Equal("Koka vattnet.\r\n\r\nRing 0999-123 00.\r\n", form["body"]);
    }

    [Fact]
    public void Saving_the_form_unchanged_gives_back_the_file_byte_for_byte()
    {
        var form = UpdateForm.From(HandWritten, Services);
        // As a browser posts it: the text area's lines with CRLF whatever the file had.
        form["body"] = form["body"].Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(HandWritten, UpdateForm.Apply(HandWritten, form, Services));
    }

    [Fact]
    public void A_changed_field_is_rewritten_where_it_is_and_everything_else_stays()
    {
        var form = UpdateForm.From(HandWritten, Services);
        form["title"] = "Vattnet går att dricka";
        form["services.lon"] = "operational";
        form["summary"] = "Koka inte längre.";
        form["pinned"] = "true";
        var saved = UpdateForm.Apply(HandWritten, form, Services);
        Assert.Equal(
            "---\r\n" +
            "# Granskad av Anna 2 mars\r\n" +
            "date: 2026-03-02T08:00   # morgonens läge\r\n" +
            "title: \"Vattnet går att dricka\"\r\n" +
            "services: { lon: operational, epost: manual }\r\n" +
            "x-internal: \"ärendenummer 4711\"\r\n" +
            "tags: [vatten, Norrby]\r\n" +
            "summary: \"Koka inte längre.\"\r\n" +
            "pinned: true\r\n" +
            "---\r\n" +
            "Koka vattnet.\r\n\r\nRing 0999-123 00.\r\n", saved);
    }

    [Fact]
    public void An_emptied_field_goes_with_its_line_and_its_comment()
    {
        var form = UpdateForm.From(HandWritten, Services);
        form["date"] = "";
        form["services.lon"] = "";
        form["services.epost"] = "";
        form["tags"] = "";
        var saved = UpdateForm.Apply(HandWritten, form, Services);
        Assert.Equal("---\r\n# Granskad av Anna 2 mars\r\ntitle: 'Vattnet: koka det'\r\nx-internal: \"ärendenummer 4711\"\r\n---\r\nKoka vattnet.\r\n\r\nRing 0999-123 00.\r\n", saved);
    }

    [Fact]
    public void A_planned_window_and_the_body_are_written_as_the_parser_reads_them()
    {
        const string File = "---\ntitle: \"Växeln\"\ndate: 2026-03-19T14:00\n---\nText.\n";
        var form = UpdateForm.From(File, Services);
        form["planned.start"] = "2026-03-21T22:00";
        form["planned.end"] = "2026-03-22T04:00";
        form["body"] = "Ny text:\r\n\r\n- **När:** i natt\r\n";
        var saved = UpdateForm.Apply(File, form, Services);
        Assert.Equal("---\ntitle: \"Växeln\"\ndate: 2026-03-19T14:00\nplanned: { start: 2026-03-21T22:00, end: 2026-03-22T04:00 }\n---\nNy text:\n\n- **När:** i natt\n", saved);
        Assert.Equal("2026-03-22T04:00", UpdateForm.From(saved, Services)["planned.end"]);
    }

    [Fact]
    public void Whatever_the_writer_types_reads_back_the_same_and_the_fields_left_alone_keep_their_bytes()
    {
        var text = Gen.OneOf(Gen.String[Gen.Char, 0, 30], Gen.OneOfConst("Vattnet: koka", "\"citat\"", "'a'", "# inte en kommentar", "- lista", "[FYLL I: när]", "ja", "null", "true", "2026-03-02T08:00", "a\\b", "tab\there", " blanksteg "));
        Gen.Select(text, text, Gen.OneOfConst("operational", "down", "", "limited")).Sample((title, summary, status) =>
        {
            if (title.AsSpan().IndexOfAny('\n', '\r') >= 0 || summary.AsSpan().IndexOfAny('\n', '\r') >= 0)
                return; // one-line fields: the form's inputs have no line breaks
            var form = UpdateForm.From(HandWritten, Services);
            form["title"] = title;
            form["summary"] = summary;
            form["services.epost"] = status;
            var saved = UpdateForm.Apply(HandWritten, form, Services);
            var back = UpdateForm.From(saved, Services);
            Assert.Equal(title, back["title"]);
            Assert.Equal(summary, back["summary"]);
            Assert.Equal(status, back["services.epost"]);
            Assert.Equal("down", back["services.lon"]);
            Assert.Contains("# Granskad av Anna 2 mars\r\n", saved, StringComparison.Ordinal);
            Assert.Contains("date: 2026-03-02T08:00   # morgonens läge\r\n", saved, StringComparison.Ordinal);
            Assert.Contains("x-internal: \"ärendenummer 4711\"\r\n", saved, StringComparison.Ordinal);
            Assert.EndsWith("---\r\nKoka vattnet.\r\n\r\nRing 0999-123 00.\r\n", saved, StringComparison.Ordinal);
        });
    }
}
