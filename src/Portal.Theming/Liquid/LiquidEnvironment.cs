using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Portal.Core.Content;
using Portal.Core.Liquid;

namespace Portal.Theming.Liquid;

/// <summary>
/// The one Fluid parser and the one set of template options of the site: filters, registered view models,
/// limits, and the encoder that leaves Vietnamese letters as they are.
/// </summary>
public sealed class LiquidEnvironment
{
    /// <summary>Encodes HTML special characters only; "Thanh Hóa" stays "Thanh Hóa", never "Thanh H&amp;#xF3;a".</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public LiquidEnvironment(IEnumerable<ILiquidConfigurator> configurators, ThemeFileProvider files, ThemeTemplateCache partials)
    {
        Options = new TemplateOptions
        {
            MaxSteps = 1_000_000,
            MaxRecursion = 50,
            FileProvider = files,
#pragma warning disable FLUID001 // see ThemeTemplateCache
            TemplateCache = partials,
#pragma warning restore FLUID001
            CultureInfo = Portal.Core.Text.VietnameseDates.Culture,
            TimeZone = Portal.Core.Text.VietnameseDates.DefaultTimeZone,
        };
        Options.MemberAccessStrategy.IgnoreCasing = false;
        Options.ValueConverters.Add(value => value is ContentItem item ? new ContentItemFluidValue(item) : null);
        foreach (var configurator in configurators)
        {
            configurator.Configure(Options);
        }
    }

    public FluidParser Parser { get; } = new(new FluidParserOptions { AllowFunctions = true });

    public TemplateOptions Options { get; }
}
