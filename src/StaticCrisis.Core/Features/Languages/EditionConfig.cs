using StaticCrisis.Core.Configuration;
using StaticCrisis.Core.Features.Languages.Settings;

namespace StaticCrisis.Core.Features.Languages;

/// <summary>The site's settings as a language's pages read them: its title, description, service names and contact labels in that language, where site.yml gives them.</summary>
public static class EditionConfig
{
    public static SiteConfig For(SiteConfig config, PublishedLanguage language)
    {
        if (language.IsMain)
            return config;
        return config with
        {
            Title = language.Title ?? config.Title,
            Description = language.Description ?? config.Description,
            Services = [.. config.Services.Select(service => service with
            {
                Name = language.ServiceNames.GetValueOrDefault(service.Id, service.Name),
                Advice = language.ServiceAdvice.GetValueOrDefault(service.Id, service.Advice ?? "") is { Length: > 0 } advice ? advice : null,
            })],
            Contacts = [.. config.Contacts.Select(contact => contact with { Label = language.ContactLabels.GetValueOrDefault(contact.Label, contact.Label) })],
        };
    }
}
