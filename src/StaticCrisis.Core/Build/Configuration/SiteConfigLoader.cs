using StaticCrisis.Core.Features.Accessibility;
using StaticCrisis.Core.Features.Cap.Settings;
using StaticCrisis.Core.Features.Languages.Settings;
using StaticCrisis.Core.Features.Review.Settings;
using StaticCrisis.Core.Integrity;
using StaticCrisis.Core.Kernel.Diagnostics;
using StaticCrisis.Core.Kernel.Files;
using StaticCrisis.Core.Kernel.Text;
using StaticCrisis.Core.Kernel.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticCrisis.Core.Configuration;

/// <summary>Reads site.yml into a <see cref="SiteConfig"/>, reporting every problem with its line and column.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yml";

    private static readonly string[] KnownKeys =
        ["title", "description", "baseUrl", "language", "languages", "timezone", "theme", "outputDir", "feed", "timeline", "pageBudgetKb", "contact", "services", "mirrors", "signing", "hub", "cap", "accessibility", "helpNumbers", "review"];

    /// <summary>site.yml larger than this is refused unread.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>Returns null when the config is unusable; the reasons are in <paramref name="diagnostics"/>.</summary>
    public static SiteConfig? Load(string siteDirectory, DiagnosticBag diagnostics, string? baseUrlOverride = null)
    {
        var path = Path.Combine(siteDirectory, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Add(Problems.SiteConfigMissing(FileName, NearestSite.Shown(siteDirectory), NearestSite.Find(siteDirectory)));
            return null;
        }
        if (!new SourceFiles(siteDirectory).IsReadable(path, diagnostics))
            return null;
        if (new FileInfo(path).Length is var length and > MaxBytes)
        {
            diagnostics.Add(Problems.SiteConfigTooLarge(length));
            return null;
        }
        var text = SourceText.Decode(File.ReadAllBytes(path), FileName, diagnostics);
        return text is not null && Parse(text, diagnostics, baseUrlOverride) is { } config ? config with { Source = text } : null;
    }

    public static SiteConfig? Parse(string text, DiagnosticBag diagnostics, string? baseUrlOverride = null)
    {
        var source = new YamlSource(FileName, text, 0, ProblemArea.SiteConfig);
        var root = source.Parse(diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrors)
                diagnostics.Add(Problems.RequiredMissing(source, new SourceLocation(FileName, 1, 1), "title"));
            return null;
        }
        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Add(YamlSlips.NotAMapping(source, root));
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var yaml = new YamlMappingReader(mapping, source, diagnostics);
        yaml.WarnUnknownKeys(KnownKeys);

        var title = yaml.Text("title", required: true);
        var baseUrl = ReadBaseUrl(yaml, baseUrlOverride);
        var timeZone = ReadTimeZone(yaml);
        var language = yaml.Text("language");
        var theme = yaml.Text("theme");
        var outputDir = yaml.Text("outputDir");
        var feedItems = yaml.Mapping("feed") is { } feed ? ReadItems(feed) : null;
        var timelineItems = yaml.Mapping("timeline") is { } timeline ? ReadItems(timeline) : null;
        var pageBudgetKb = yaml.Number("pageBudgetKb", 1, 100_000);
        var contacts = ReadContacts(yaml);
        var services = ReadServices(yaml);
        var mirrors = MirrorsReader.Read(yaml);
        var signingPublicKey = ReadSigningPublicKey(yaml);
        var hub = ReadHub(yaml);
        var cap = CapSettingsReader.Read(yaml, SourceText.Clean(title ?? ""));
        var review = ReviewSettingsReader.Read(yaml);
        var accessibility = AccessibilityReader.Read(yaml);
        var helpNumbers = ReadHelpNumbers(yaml);
        var languages = LanguagesReader.Read(yaml, string.IsNullOrWhiteSpace(language) ? "sv" : language.Trim(),
            [.. services.Select(service => service.Id)], [.. contacts.Select(contact => contact.Label)]);

        if (diagnostics.ErrorCount > errorsBefore || title is null || baseUrl is null)
            return null;

        var defaults = new SiteConfig { Title = title, BaseUrl = baseUrl };
        return defaults with
        {
            Title = SourceText.Clean(title),
            Description = SourceText.Clean(yaml.Text("description") ?? ""),
            Language = string.IsNullOrWhiteSpace(language) ? defaults.Language : language.Trim(),
            Languages = languages,
            TimeZone = timeZone ?? defaults.TimeZone,
            Theme = string.IsNullOrWhiteSpace(theme) ? defaults.Theme : theme.Trim(),
            OutputDir = string.IsNullOrWhiteSpace(outputDir) ? defaults.OutputDir : outputDir.Trim(),
            FeedItems = feedItems ?? defaults.FeedItems,
            TimelineItems = timelineItems ?? defaults.TimelineItems,
            PageBudgetKb = pageBudgetKb ?? defaults.PageBudgetKb,
            Contacts = contacts,
            Services = services,
            Mirrors = mirrors,
            SigningPublicKey = signingPublicKey,
            Hub = hub,
            Cap = cap,
            Review = review,
            Accessibility = accessibility,
            HelpNumbers = helpNumbers,
            KeyLocations = KnownKeys.Where(key => yaml.Node(key) is not null).ToDictionary(key => key, yaml.LocationOf),
        };
    }

    private static Uri? ReadBaseUrl(YamlMappingReader yaml, string? baseUrlOverride)
    {
        var value = baseUrlOverride ?? yaml.Text("baseUrl", required: true);
        if (value is null)
            return null;
        var location = baseUrlOverride is null ? yaml.LocationOf("baseUrl") : new SourceLocation("--base-url");
        if (SafeUrls.HasCredentials(value))
        {
            // Never echo the value: it holds a password.
            yaml.Diagnostics.Add(Problems.AddressHasCredentials(location, baseUrlOverride is null ? "baseUrl" : "--base-url"));
            return null;
        }
        if (SafeUrls.IsPublicWebAddress(value, out var uri))
        {
            // Always end in '/', so relative resolution keeps the subfolder.
            return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
        }
        yaml.Diagnostics.Add(Problems.BaseUrlInvalid(location, value));
        return null;
    }

    /// <summary>'hub:' the WebSub hub's address: absolute http(s), as subscribers must reach it.</summary>
    private static Uri? ReadHub(YamlMappingReader yaml)
    {
        if (yaml.Text("hub") is not { } value || value.Trim().Length == 0)
            return null;
        if (SafeUrls.HasCredentials(value))
        {
            yaml.Diagnostics.Add(Problems.AddressHasCredentials(yaml.LocationOf("hub"), "hub"));
            return null;
        }
        if (SafeUrls.IsPublicWebAddress(value, out var uri))
            return uri;
        yaml.Diagnostics.Add(Problems.HubInvalid(yaml.LocationOf("hub"), value));
        return null;
    }

    private static TimeZoneInfo? ReadTimeZone(YamlMappingReader yaml)
    {
        var id = yaml.Text("timezone");
        if (string.IsNullOrWhiteSpace(id))
            return null;
        // Only IANA ids are portable between hosts; Windows-style names are refused even where the OS knows them.
        if (id.Contains('/', StringComparison.Ordinal) || id == "UTC")
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
            }
        }
        yaml.Diagnostics.Add(Problems.TimezoneUnknown(yaml.LocationOf("timezone"), id));
        return null;
    }

    private static string? ReadSigningPublicKey(YamlMappingReader yaml)
    {
        if (yaml.Mapping("signing") is not { } signing)
            return null;
        signing.WarnUnknownKeys(["publicKey"]);
        var key = signing.Text("publicKey", required: true)?.Trim();
        if (key is null)
            return null;
        if (!MinisignPublicKey.TryParse(key, out _))
        {
            yaml.Diagnostics.Add(Problems.SigningPublicKeyInvalid(signing.LocationOf("publicKey")));
            return null;
        }
        return key;
    }

    private static int? ReadItems(YamlMappingReader section)
    {
        section.WarnUnknownKeys(["items"]);
        return section.Number("items", 1, 10_000);
    }

    private static List<ContactEntry> ReadContacts(YamlMappingReader yaml)
    {
        var contacts = new List<ContactEntry>();
        foreach (var contact in yaml.MappingList("contact", "'label' and 'phone', 'email' or 'url'"))
        {
            contact.WarnUnknownKeys(["label", "phone", "email", "url"]);
            var label = contact.Text("label", required: true);
            var url = contact.Text("url");
            if (!string.IsNullOrWhiteSpace(url) && !SafeUrls.IsPublicWebAddress(url, out _))
            {
                yaml.Diagnostics.Add(Problems.ContactUrlInvalid(contact.LocationOf("url"), url));
                continue;
            }
            if (label is not null)
                contacts.Add(new ContactEntry(label, contact.Text("phone"), contact.Text("email"), Blank(url)));
        }
        return contacts;
    }

    private static List<HelpNumber> ReadHelpNumbers(YamlMappingReader yaml)
    {
        var numbers = new List<HelpNumber>();
        foreach (var entry in yaml.MappingList("helpNumbers", "'label' and 'number' or 'url'"))
        {
            entry.WarnUnknownKeys(["label", "number", "url", "text"]);
            var label = entry.Text("label", required: true);
            var number = entry.Text("number");
            var url = entry.Text("url");
            if (label is null)
                continue;
            if (string.IsNullOrWhiteSpace(number) && string.IsNullOrWhiteSpace(url))
            {
                yaml.Diagnostics.Add(Problems.HelpNumberEmpty(entry.Location, label));
                continue;
            }
            if (!string.IsNullOrWhiteSpace(url) && !SafeUrls.IsPublicWebAddress(url, out _))
            {
                yaml.Diagnostics.Add(Problems.HelpNumberUrlInvalid(entry.LocationOf("url"), url));
                continue;
            }
            numbers.Add(new HelpNumber(SourceText.Clean(label), Blank(number), Blank(url), Blank(entry.Text("text"))));
        }
        return numbers;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : SourceText.Clean(text);

    private static List<ServiceDefinition> ReadServices(YamlMappingReader yaml)
    {
        var services = new List<ServiceDefinition>();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var service in yaml.MappingList("services", "'id' and 'name'"))
        {
            service.WarnUnknownKeys(["id", "name", "advice", "phone"]);
            var id = service.Text("id", required: true);
            var name = service.Text("name", required: true);
            if (id is null || name is null)
                continue;
            var location = service.LocationOf("id");
            if (!Slugs.IsSafeId(id))
            {
                yaml.Diagnostics.Add(Problems.ServiceIdInvalid(location, id));
                continue;
            }
            if (firstLineOfId.TryGetValue(id, out var firstLine))
            {
                yaml.Diagnostics.Add(Problems.ServiceIdDuplicate(location, id, firstLine));
                continue;
            }
            firstLineOfId[id] = location.Line;
            services.Add(new ServiceDefinition(id, name, service.Text("advice"), service.Text("phone"), location));
        }
        return services;
    }
}
