using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StaticCrisis.Cli.Commands;
using StaticCrisis.Cli.Publishing;
using StaticCrisis.Cli.Serving;
using StaticCrisis.Cli.Terminal;
using StaticCrisis.Core.Build;
using StaticCrisis.Core.Desk;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Publishing;

namespace StaticCrisis.Cli.Desk;

/// <summary>Who works at this desk: the name the records use, and a reviewer's own secret key when they may approve.</summary>
public sealed record DeskIdentity(string Name, MinisignSecretKey? Key);

/// <summary>
/// <c>staticcrisis desk</c>'s web server (Kestrel, as serve's): loopback only with serve's Host check, and a key of its
/// own in the address it prints, kept in a SameSite=Strict cookie, that every request must carry, and every form post
/// also as a field, so no other page in the writer's browser can read or change anything. It routes; the
/// <see cref="DeskSession"/> decides.
/// </summary>
public sealed class DeskServer : IAsyncDisposable
{
    private const string Cookie = "staticcrisis-desk";

    private readonly WebApplication _app;
    private readonly DeskSession _desk;
    private readonly DeskIdentity _identity;
    private readonly UiLanguage _language;
    private readonly string _key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    private readonly DeskPages _pages;
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private HostCheck _hosts = null!;
    private string? _lastPublished;

    private DeskServer(WebApplication app, DeskSession desk, DeskIdentity identity, UiLanguage language)
    {
        _app = app;
        _desk = desk;
        _identity = identity;
        _language = language;
        _pages = new DeskPages(language, _key);
    }

    /// <summary>The desk's address with its key: what the writer opens.</summary>
    public Uri Address { get; private set; } = null!;

    public static async Task<DeskServer> StartAsync(IPAddress address, int port, DeskSession desk, DeskIdentity identity, UiLanguage language, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(address, port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxConcurrentConnections = 64;
            kestrel.Limits.MaxRequestBodySize = 2 * 1024 * 1024;
        });
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, CommandLineLifetime>();
        var app = builder.Build();
        var server = new DeskServer(app, desk, identity, language);
        app.Run(server.Handle);
        await app.StartAsync(cancellationToken);
        var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        server._hosts = new HostCheck(address, bound.Port);
        server.Address = new UriBuilder(bound) { Path = "/", Query = "key=" + server._key }.Uri;
        desk.PreviewBaseUrl = new UriBuilder(bound) { Path = "/preview/" }.Uri;
        return server;
    }

    private string Say(Said text) => text.In(_language);

    private async Task Handle(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        if (!_hosts.Allows(context.Request.Headers.Host.ToString()))
        {
            await Write(context, StatusCodes.Status421MisdirectedRequest, "text/plain; charset=utf-8", "This desk answers only to its own address: the request named another host.\n");
            return;
        }
        var path = context.Request.Path.Value ?? "/";
        if (path is "/desk.js" or "/desk.css")
        {
            await Write(context, 200, path.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8", Asset(path[1..]));
            return;
        }
        if (path.StartsWith("/preview/", StringComparison.Ordinal))
        {
            await Preview(context, path["/preview/".Length..]);
            return;
        }
        if (path == "/" && context.Request.Query["key"] == _key)
        {
            context.Response.Cookies.Append(Cookie, _key, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
            context.Response.Redirect("/updates");
            return;
        }
        if (context.Request.Cookies[Cookie] != _key)
        {
            await Html(context, StatusCodes.Status403Forbidden, _pages.Message(Say(DeskTexts.Desk), Say(DeskTexts.OpenPrintedAddress)));
            return;
        }
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
        var post = HttpMethods.IsPost(context.Request.Method);
        IFormCollection? form = null;
        if (post)
        {
            form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
            if (form is null || form["csrf"] != _key)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
        }
        var file = context.Request.Query["path"].ToString();
        switch ((path, post))
        {
            case ("/" or "/updates", false):
                await ListAsync(context);
                break;
            case ("/edit", false):
                await EditAsync(context, file, null, null);
                break;
            case ("/check", true):
                await CheckAsync(context, file, form!);
                break;
            case ("/save", true):
                await SaveAsync(context, file, form!);
                break;
            case ("/new", true):
                await NewAsync(context, form!);
                break;
            case ("/translate", true):
                await TranslateAsync(context, file, form!);
                break;
            case ("/request-review", true):
                _desk.SendForReview(file, _identity.Name);
                await EditAsync(context, file, null, Say(DeskTexts.SentForReview));
                break;
            case ("/review", false):
                await ReviewAsync(context, file, null);
                break;
            case ("/approve", true):
                await ApproveAsync(context, file);
                break;
            case ("/publish", _):
                await PublishAsync(context, post, form);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private async Task ListAsync(HttpContext context)
    {
        var problems = new DiagnosticBag();
        var config = _desk.Config(problems);
        var list = _desk.List();
        await Html(context, 200, _pages.List(list, updatePath => config is null ? null : config.Review is null ? null : _desk.ReviewOf(updatePath, config)?.State, _desk.Templates()));
    }

    private async Task EditAsync(HttpContext context, string file, IReadOnlyDictionary<string, string>? posted, string? notice)
    {
        var problems = new DiagnosticBag();
        if (_desk.Config(problems) is not { } config)
        {
            await Html(context, 500, _pages.Message(Say(DeskTexts.Desk), string.Join("\n", problems.Sorted().Select(problem => problem.ToString(_language)))));
            return;
        }
        if (_desk.Read(file) is not { } text)
        {
            await Html(context, 404, _pages.Message(Say(DeskTexts.Desk), Say(DeskTexts.NotAnUpdate)));
            return;
        }
        if (FrontMatterEditor.Read(text) is null)
        {
            var check = _desk.Check(file, text);
            await Html(context, 422, _pages.Message(file, Say(DeskTexts.Unreadable), string.Join("\n", check.ByField.Values.SelectMany(list => list).Select(problem => problem.ToString(_language)))));
            return;
        }
        var form = posted ?? _desk.Open(file, config)!;
        var draft = posted is null ? text : _desk.Draft(file, posted, config)!;
        var result = _desk.Check(file, draft);
        await Html(context, 200, _pages.Edit(file, config, form, result, config.Review is null ? null : _desk.ReviewOf(file, config), notice, OriginalOf(file)));
    }

    /// <summary>For a translation (x.en.md), the original's text, shown beside it.</summary>
    private string? OriginalOf(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var dot = name.LastIndexOf('.');
        return dot < 0 ? null : _desk.Read(file[..(file.Length - Path.GetFileName(file).Length)] + name[..dot] + ".md");
    }

    private async Task CheckAsync(HttpContext context, string file, IFormCollection posted)
    {
        var problems = new DiagnosticBag();
        if (_desk.Config(problems) is not { } config || _desk.Draft(file, Values(posted), config) is not { } draft)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var check = _desk.Check(file, draft);
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            builds = check.Builds,
            byField = check.ByField.ToDictionary(pair => pair.Key, pair => pair.Value.Select(problem => new { error = problem.IsError, text = problem.ToString(_language) })),
            elsewhere = check.Elsewhere.Select(problem => problem.ToString(_language)),
            sms = check.Sms is { } sms ? Say(DeskTexts.Sms(sms.Units, sms.Messages)) : "",
            page = check.PageBytes is { } bytes ? Say(DeskTexts.PageWeight(bytes / 1024.0, (int)(check.BudgetBytes / 1024))) : "",
            over = check.PageBytes > check.BudgetBytes,
            preview = check.UpdatePage is { } page ? "/preview/" + page : null,
        });
        await Write(context, 200, "application/json; charset=utf-8", json);
    }

    private async Task SaveAsync(HttpContext context, string file, IFormCollection posted)
    {
        var problems = new DiagnosticBag();
        if (_desk.Config(problems) is not { } config || !_desk.Save(file, Values(posted), config))
        {
            await Html(context, 404, _pages.Message(Say(DeskTexts.Desk), Say(DeskTexts.NotAnUpdate)));
            return;
        }
        await EditAsync(context, file, null, Say(DeskTexts.Saved));
    }

    private async Task NewAsync(HttpContext context, IFormCollection posted)
    {
        var problems = new DiagnosticBag();
        var template = posted["template"].ToString();
        var created = _desk.New(posted["title"].ToString(), template.Length == 0 ? null : template, problems);
        if (created is null)
        {
            await Html(context, 422, _pages.Message(Say(DeskTexts.NewUpdate), string.Join("\n", problems.Sorted().Select(problem => problem.ToString(_language)))));
            return;
        }
        context.Response.Redirect("/edit?path=" + Uri.EscapeDataString(created));
    }

    private async Task TranslateAsync(HttpContext context, string file, IFormCollection posted)
    {
        var problems = new DiagnosticBag();
        var created = _desk.Translate(file, posted["language"].ToString(), problems);
        if (created is null)
        {
            await Html(context, 422, _pages.Message(Say(DeskTexts.Translate), string.Join("\n", problems.Sorted().Select(problem => problem.ToString(_language)))));
            return;
        }
        context.Response.Redirect("/edit?path=" + Uri.EscapeDataString(created));
    }

    private async Task ReviewAsync(HttpContext context, string file, string? notice)
    {
        var problems = new DiagnosticBag();
        if (_desk.Config(problems) is not { } config || _desk.Diff(file, config) is not { } diff)
        {
            await Html(context, 404, _pages.Message(Say(DeskTexts.Desk), Say(DeskTexts.NotAnUpdate)));
            return;
        }
        var title = _desk.Open(file, config)?.GetValueOrDefault("title") ?? file;
        await Html(context, 200, _pages.Review(file, title, diff, _desk.ReviewOf(file, config), _identity.Key is not null, notice));
    }

    private async Task ApproveAsync(HttpContext context, string file)
    {
        var problems = new DiagnosticBag();
        if (_desk.Config(problems) is not { } config || _identity.Key is not { } key)
        {
            await ReviewAsync(context, file, Say(DeskTexts.NoKeyToApprove));
            return;
        }
        var approval = _desk.Approve(file, key, config, problems);
        await ReviewAsync(context, file, approval is not null ? Say(DeskTexts.Approved) : string.Join(" ", problems.Sorted().Select(problem => problem.ToString(_language))));
    }

    /// <summary>GET plans (a dry run); POST publishes. The same publish as the terminal's, with its messages.</summary>
    private async Task PublishAsync(HttpContext context, bool post, IFormCollection? posted)
    {
        await _publishing.WaitAsync(context.RequestAborted);
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var build = new BuildRequest { SiteDirectory = _desk.SiteDirectory, Now = SiteOptions.Now() };
            var reason = posted?["reason"].ToString();
            var request = new PublishRequest(build, [], DryRun: !post) { ForceWithoutReview = string.IsNullOrWhiteSpace(reason) ? null : reason, Person = _identity.Name };
            var previous = Ui.Language;
            Ui.Language = _language;
            PublishOutcome outcome;
            try
            {
                await using var reporter = new TerminalPublishReporter(stdout, stderr, strict: false, Verbosity.Normal);
                outcome = await Publisher.PublishAsync(request, reporter, context.RequestAborted);
                reporter.Ended(outcome, dryRun: !post);
            }
            finally
            {
                Ui.Language = previous;
            }
            var text = (stderr.ToString() + stdout).Trim();
            if (post && outcome == PublishOutcome.Published)
                _lastPublished = DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            var problems = new DiagnosticBag();
            var reviewRequired = _desk.Config(problems)?.Review is { Required: true };
            await Html(context, 200, _pages.Publish(post ? null : text, post ? text : null, reviewRequired, _lastPublished));
        }
        finally
        {
            _publishing.Release();
        }
    }

    private async Task Preview(HttpContext context, string outputPath)
    {
        var relative = outputPath.Length == 0 || outputPath.EndsWith('/') ? outputPath + "index.html" : outputPath;
        if (_desk.Preview(relative) is not { } file)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var bytes = file.Content ?? await File.ReadAllBytesAsync(file.CopyFrom!, context.RequestAborted);
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'none'; frame-ancestors 'self'";
        context.Response.StatusCode = 200;
        context.Response.ContentType = ContentTypes.For(file.Path);
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>The form's fields; a checkbox left unticked is not sent at all, and means "not set".</summary>
    private static Dictionary<string, string> Values(IFormCollection form)
    {
        var values = form.Keys.Where(key => key != "csrf").ToDictionary(key => key, key => form[key].ToString(), StringComparer.Ordinal);
        foreach (var flag in UpdateForm.Flags)
            values.TryAdd(flag, "");
        return values;
    }

    private static string Asset(string name)
    {
        using var stream = typeof(DeskServer).Assembly.GetManifestResourceStream("StaticCrisis.Cli.Desk.Assets." + name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static Task Html(HttpContext context, int status, string html) => Write(context, status, "text/html; charset=utf-8", html);

    private static async Task Write(HttpContext context, int status, string type, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        _publishing.Dispose();
    }
}
