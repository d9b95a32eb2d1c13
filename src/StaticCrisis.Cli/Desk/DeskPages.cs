using System.Globalization;
using System.Net;
using System.Text;
using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Desk;
using StaticCrisis.Core.Features.Review;
using StaticCrisis.Core.Kernel.Diagnostics;

namespace StaticCrisis.Cli.Desk;

/// <summary>
/// The desk's screens as HTML: plain forms that work without JavaScript (desk.js adds the live checks), labelled for
/// screen readers, in the desk's language. Every text from the site or the writer is encoded.
/// </summary>
public sealed class DeskPages(UiLanguage language, string csrf)
{
    private static readonly string[] Statuses = ["operational", "degraded", "manual", "down"];

    private string Say(Said text) => text.In(language);

    private static string H(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string Url(string path, string file) => path + "?path=" + Uri.EscapeDataString(file);

    public string Layout(string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="{{(language == UiLanguage.Swedish ? "sv" : "en")}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{H(title)}} – StaticCrisis {{H(Say(DeskTexts.Desk))}}</title>
        <link rel="stylesheet" href="/desk.css">
        <script src="/desk.js" defer></script>
        </head>
        <body>
        <header><nav aria-label="StaticCrisis"><a href="/updates">{{H(Say(DeskTexts.Updates))}}</a> <a href="/publish">{{H(Say(DeskTexts.Publish))}}</a></nav></header>
        <main id="main">
        {{body}}
        </main>
        </body>
        </html>
        """;

    private string Csrf => $"<input type=\"hidden\" name=\"csrf\" value=\"{H(csrf)}\">";

    public string List(IReadOnlyList<DeskUpdate> updates, Func<string, ReviewState?> review, IReadOnlyList<string> templates)
    {
        var rows = new StringBuilder();
        foreach (var update in updates)
        {
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{H(Url("/edit", update.Path))}\">{H(update.Title)}</a></td><td>{H(update.Date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))}</td>");
            rows.Append(CultureInfo.InvariantCulture, $"<td>{H(Say(DeskTexts.Kind(update.Kind)))}{(update.Language is { } lang ? $" ({H(lang)})" : "")}</td><td class=\"review-{H(review(update.Path)?.ToString().ToLowerInvariant() ?? "none")}\">{H(Say(DeskTexts.State(review(update.Path))))}</td></tr>\n");
        }
        var options = string.Concat(templates.Select(name => $"<option value=\"{H(name)}\">{H(name)}</option>"));
        return Layout(Say(DeskTexts.Updates), $"""
            <h1>{H(Say(DeskTexts.Updates))}</h1>
            <section aria-labelledby="new-heading">
            <h2 id="new-heading">{H(Say(DeskTexts.NewUpdate))}</h2>
            <form method="post" action="/new" class="inline">{Csrf}
            <p><label for="new-title">{H(Say(DeskTexts.Field("title")))}</label> <input id="new-title" name="title" required></p>
            <p><label for="new-template">{H(Say(DeskTexts.FromTemplate))}</label> <select id="new-template" name="template"><option value="">{H(Say(DeskTexts.NoTemplate))}</option>{options}</select></p>
            <p><button type="submit">{H(Say(DeskTexts.Create))}</button></p>
            </form>
            </section>
            <table>
            <caption>{H(Say(DeskTexts.Updates))}</caption>
            <thead><tr><th scope="col">{H(Say(DeskTexts.Field("title")))}</th><th scope="col">{H(Say(DeskTexts.Date))}</th><th scope="col">{H(Say(DeskTexts.Where))}</th><th scope="col">{H(Say(DeskTexts.ReviewColumn))}</th></tr></thead>
            <tbody>
            {rows}</tbody>
            </table>
            """);
    }

    public string Edit(string path, SiteConfig config, IReadOnlyDictionary<string, string> form, DeskCheck? check, ReviewStatus? review, string? notice, string? original)
    {
        string Problems(string field)
        {
            var list = check?.ByField.GetValueOrDefault(field) ?? [];
            var items = string.Concat(list.Select(problem => $"<li class=\"{(problem.IsError ? "error" : "warning")}\">{H(problem.ToString(language))}</li>"));
            return $"<ul class=\"problems\" id=\"problems-{H(field.Replace('.', '-'))}\" data-problems=\"{H(field)}\">{items}</ul>";
        }
        string Invalid(string field) => check?.ByField.ContainsKey(field) == true ? " aria-invalid=\"true\"" : "";
        string Text(string field, string type = "text") =>
            $"<div class=\"field\" data-field=\"{H(field)}\"><label for=\"f-{H(field)}\">{H(Say(DeskTexts.Field(field)))}</label><input id=\"f-{H(field)}\" name=\"{H(field)}\" type=\"{type}\" value=\"{H(form.GetValueOrDefault(field))}\" aria-describedby=\"problems-{H(field.Replace('.', '-'))}\"{Invalid(field)}>{Problems(field)}</div>";
        string Choice(string field, IEnumerable<string> values) =>
            $"<div class=\"field\" data-field=\"{H(field)}\"><label for=\"f-{H(field)}\">{H(Say(DeskTexts.Field(field)))}</label><select id=\"f-{H(field)}\" name=\"{H(field)}\" aria-describedby=\"problems-{H(field.Replace('.', '-'))}\"{Invalid(field)}><option value=\"\"></option>"
            + string.Concat(values.Select(value => $"<option{(form.GetValueOrDefault(field) == value ? " selected" : "")}>{H(value)}</option>")) + $"</select>{Problems(field)}</div>";
        string Flag(string field) =>
            $"<div class=\"field flag\" data-field=\"{H(field)}\"><input id=\"f-{H(field)}\" name=\"{H(field)}\" type=\"checkbox\" value=\"true\"{(form.GetValueOrDefault(field) == "true" ? " checked" : "")}><label for=\"f-{H(field)}\">{H(Say(DeskTexts.Field(field)))}</label>{Problems(field)}</div>";

        var services = string.Concat(config.Services.Select(service =>
            $"<div class=\"field\"><label for=\"f-services-{H(service.Id)}\">{H(service.Name)}</label><select id=\"f-services-{H(service.Id)}\" name=\"services.{H(service.Id)}\"><option value=\"\">{H(Say(DeskTexts.NoStatus))}</option>"
            + string.Concat(Statuses.Select(status => $"<option{(form.GetValueOrDefault("services." + service.Id) == status ? " selected" : "")}>{status}</option>")) + "</select></div>"));
        var sms = check?.Sms is { } measured ? Say(DeskTexts.Sms(measured.Units, measured.Messages)) : "";
        var weight = check?.PageBytes is { } bytes ? Say(DeskTexts.PageWeight(bytes / 1024.0, (int)(check.BudgetBytes / 1024))) : "";
        var elsewhere = check is { Elsewhere.Count: > 0 } ? $"<h2>{H(Say(DeskTexts.Elsewhere))}</h2><ul class=\"problems\">" + string.Concat(check.Elsewhere.Select(problem => $"<li>{H(problem.ToString(language))}</li>")) + "</ul>" : "";
        var state = config.Review is null ? "" : $"<p class=\"review-state\" id=\"review-state\">{H(Say(DeskTexts.ReviewColumn))}: {H(Say(DeskTexts.State(review?.State)))}</p>";
        var translate = config.Languages.Count == 0 ? "" : $"""
            <form method="post" action="{H(Url("/translate", path))}" class="inline">{Csrf}<label for="translate-to">{H(Say(DeskTexts.Translate))}</label> <select id="translate-to" name="language">{string.Concat(config.Languages.Select(other => $"<option>{H(other.Code)}</option>"))}</select> <button type="submit">{H(Say(DeskTexts.Create))}</button></form>
            """;
        var beside = original is null ? "" : $"<aside class=\"original\" aria-labelledby=\"original-heading\"><h2 id=\"original-heading\">{H(Say(DeskTexts.Original))}</h2><pre>{H(original)}</pre></aside>";
        var preview = check?.UpdatePage is { } page ? $"/preview/{page}" : "";
        return Layout(form.GetValueOrDefault("title") ?? path, $"""
            <h1>{H(form.GetValueOrDefault("title"))}</h1>
            <p class="path">{H(path)}</p>
            <div role="status" aria-live="polite" id="notice">{H(notice)}</div>
            {state}
            <div class="columns">
            {beside}
            <form method="post" action="{H(Url("/save", path))}" id="update" data-check="{H(Url("/check", path))}">{Csrf}
            <div class="field" data-field=""><ul class="problems" id="problems-" data-problems="">{string.Concat((check?.ByField.GetValueOrDefault("") ?? []).Select(problem => $"<li>{H(problem.ToString(language))}</li>"))}</ul></div>
            {Text("title")}
            {Text("summary")}
            {Choice("severity", ["info", "notice", "warning", "critical"])}
            {Flag("pinned")}
            {Flag("draft")}
            {Text("date")}
            {Text("updated")}
            <fieldset data-field="services"><legend>{H(Say(DeskTexts.Services))}</legend>{services}{Problems("services")}</fieldset>
            {Text("advice")}
            <div class="field" data-field="sms"><label for="f-sms">{H(Say(DeskTexts.Field("sms")))}</label><textarea id="f-sms" name="sms" rows="3" aria-describedby="sms-gauge problems-sms"{Invalid("sms")}>{H(form.GetValueOrDefault("sms"))}</textarea><p class="gauge" id="sms-gauge" aria-live="polite">{H(sms)}</p>{Problems("sms")}</div>
            {Text("tags")}
            {Text("incident")}
            {Choice("state", ["investigating", "identified", "monitoring", "resolved"])}
            {Text("nextUpdate")}
            {Text("replaces")}
            <fieldset data-field="planned"><legend>{H(Say(DeskTexts.Planned))}</legend>{Text("planned.start")}{Text("planned.end")}{Choice("planned.state", ["cancelled", "postponed"])}{Problems("planned")}</fieldset>
            <div class="field" data-field="body"><label for="f-body">{H(Say(DeskTexts.Field("body")))}</label>
            <div class="toolbar" role="toolbar" aria-label="Markdown" aria-controls="f-body"><button type="button" data-insert="## ">{H(Say(DeskTexts.Heading))}</button><button type="button" data-insert="- ">{H(Say(DeskTexts.List))}</button><button type="button" data-insert="[](https://)">{H(Say(DeskTexts.Link))}</button><button type="button" data-insert="0999-123 00">{H(Say(DeskTexts.Phone))}</button></div>
            <textarea id="f-body" name="body" rows="16" aria-describedby="problems-body"{Invalid("body")}>{H(form.GetValueOrDefault("body"))}</textarea>{Problems("body")}</div>
            <p class="gauge" id="page-gauge" aria-live="polite">{H(weight)}</p>
            <p class="actions"><button type="submit">{H(Say(DeskTexts.Save))}</button></p>
            </form>
            </div>
            <div id="elsewhere">{elsewhere}</div>
            <form method="post" action="{H(Url("/request-review", path))}" class="inline">{Csrf}<button type="submit">{H(Say(DeskTexts.SendForReview))}</button></form>
            <p><a href="{H(Url("/review", path))}">{H(Say(DeskTexts.ReviewThis))}</a></p>
            {translate}
            <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">{H(Say(DeskTexts.Preview))}</h2>
            <p class="previews"><a href="/preview/index.html">{H(Say(DeskTexts.PreviewHome))}</a> · <a href="/preview/banner.html">{H(Say(DeskTexts.PreviewBanner))}</a> · <a href="/preview/notice.html">{H(Say(DeskTexts.PreviewNotice))}</a></p>
            <iframe id="preview" title="{H(Say(DeskTexts.PreviewUpdate))}" src="{H(preview)}" sandbox=""></iframe>
            </section>
            """);
    }

    public string Review(string path, string title, DeskDiff diff, ReviewStatus? review, bool canApprove, string? notice)
    {
        var fields = string.Concat(diff.Fields.OrderByDescending(change => change.IsCritical).Select(change =>
            $"<tr class=\"{(change.IsCritical ? "critical" : "")}\"><th scope=\"row\">{H(Say(DeskTexts.Field(change.Field.StartsWith("services.", StringComparison.Ordinal) ? "services" : change.Field)))}{(change.Field.StartsWith("services.", StringComparison.Ordinal) ? ": " + H(change.Field["services.".Length..]) : "")}</th><td><del>{H(change.Before)}</del></td><td><ins>{H(change.After)}</ins></td></tr>"));
        var lines = string.Concat(diff.Lines.Select(line => line.Kind switch
        {
            DiffKind.Added => $"<ins class=\"{(PhoneNumbers.Any(line.Text) ? "phone" : "")}\">+ {H(line.Text)}</ins>\n",
            DiffKind.Removed => $"<del class=\"{(PhoneNumbers.Any(line.Text) ? "phone" : "")}\">- {H(line.Text)}</del>\n",
            _ => $"<span>  {H(line.Text)}</span>\n",
        }));
        var approve = canApprove
            ? $"<form method=\"post\" action=\"{H(Url("/approve", path))}\">{Csrf}<button type=\"submit\">{H(Say(DeskTexts.Approve))}</button></form>"
            : $"<p>{H(Say(DeskTexts.NoKeyToApprove))}</p>";
        return Layout(title, $"""
            <h1>{H(title)}</h1>
            <p class="path">{H(path)}</p>
            <div role="status" aria-live="polite" id="notice">{H(notice)}</div>
            <p class="review-state" id="review-state">{H(Say(DeskTexts.ReviewColumn))}: {H(Say(DeskTexts.State(review?.State)))}{(review?.Request is { } request ? " (" + H(request.By) + ")" : "")}</p>
            <h2>{H(Say(DeskTexts.Changes))}</h2>
            {(diff.HasApprovedVersion ? "" : $"<p>{H(Say(DeskTexts.NeverApproved))}</p>")}
            <table class="fields"><caption>{H(Say(DeskTexts.FieldColumn))}</caption><thead><tr><th scope="col">{H(Say(DeskTexts.FieldColumn))}</th><th scope="col">{H(Say(DeskTexts.Before))}</th><th scope="col">{H(Say(DeskTexts.After))}</th></tr></thead><tbody>{fields}</tbody></table>
            <h2>{H(Say(DeskTexts.Text))}</h2>
            <pre class="diff" tabindex="0">{lines}</pre>
            {approve}
            """);
    }

    public string Publish(string? plan, string? result, bool reviewRequired, string? lastPublished)
    {
        var reason = reviewRequired ? $"<p><label for=\"reason\">{H(Say(DeskTexts.ForceReason))}</label><br><input id=\"reason\" name=\"reason\" size=\"60\"></p>" : "";
        return Layout(Say(DeskTexts.Publish), $"""
            <h1>{H(Say(DeskTexts.Publish))}</h1>
            <p>{H(Say(DeskTexts.LastPublished))}: {H(lastPublished ?? Say(DeskTexts.Never))}</p>
            {(plan is null ? "" : $"<h2>{H(Say(DeskTexts.PublishPlan))}</h2><pre class=\"terminal\" id=\"plan\" tabindex=\"0\">{H(plan)}</pre>")}
            {(result is null ? "" : $"<h2>{H(Say(DeskTexts.PublishResult))}</h2><pre class=\"terminal\" id=\"result\" tabindex=\"0\">{H(result)}</pre>")}
            <form method="post" action="/publish">{Csrf}{reason}<button type="submit">{H(Say(DeskTexts.PublishNow))}</button></form>
            """);
    }

    public string Message(string title, string message, string? detail = null) =>
        Layout(title, $"<h1>{H(title)}</h1><p>{H(message)}</p>{(detail is null ? "" : $"<pre>{H(detail)}</pre>")}");
}
