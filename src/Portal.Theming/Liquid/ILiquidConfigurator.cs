using Fluid;

namespace Portal.Theming.Liquid;

/// <summary>Lets a module add Liquid filters and register its view models once, on the shared options.</summary>
public interface ILiquidConfigurator
{
    void Configure(TemplateOptions options);
}
