using Fluid;
using Portal.Search.Models;
using Portal.Search.Text;
using Portal.Theming.Liquid;

namespace Portal.Search.Liquid;

/// <summary>Registers the search page's view models, so templates read their properties and nothing else.</summary>
public sealed class SearchViewModels : ILiquidConfigurator
{
    public void Configure(TemplateOptions options)
    {
        options.MemberAccessStrategy.Register<SearchPageViewModel>();
        options.MemberAccessStrategy.Register<SearchResultViewModel>();
        options.MemberAccessStrategy.Register<TextSegment>();
        options.MemberAccessStrategy.Register<Excerpt>();
    }
}
