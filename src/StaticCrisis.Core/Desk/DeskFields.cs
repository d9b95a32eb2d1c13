namespace StaticCrisis.Core.Desk;

/// <summary>Which field of the desk's form a line of an update file belongs to, so a problem is shown beside it.</summary>
public static class DeskFields
{
    /// <summary>
    /// The field a problem of the file concerns: a missing key's own field (the build places it where the front matter
    /// begins, there being no line of its own), else the field of its line.
    /// </summary>
    public static string Of(Kernel.Diagnostics.Diagnostic problem, string text)
    {
        if (problem.Code == "SC1005" && problem.Message.Split('\'') is [_, var key, ..] && key.Length > 0)
            return key;
        return At(text, problem.Location?.Line ?? 0);
    }

    /// <summary>
    /// The form field of a line: the front matter key it is part of ("services" and "planned" for the whole group), "body"
    /// after the front matter, "" for the file as a whole (no line, or the front matter's fences).
    /// </summary>
    public static string At(string text, int line)
    {
        if (line <= 0)
            return "";
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                lineStarts.Add(i + 1);
        }
        if (line > lineStarts.Count)
            return UpdateForm.Body;
        var at = lineStarts[line - 1];
        var entries = FrontMatterEditor.Spans(text);
        if (entries is null)
            return "";
        if (at >= entries.Value.BodyStart)
            return UpdateForm.Body;
        foreach (var (key, start, end) in entries.Value.Keys)
        {
            if (at >= LineStartOf(text, start) && at < Math.Max(end, start + 1))
                return key;
        }
        return "";
    }

    private static int LineStartOf(string text, int index) => text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
}
