using Fluid;
using Portal.Contents.Models;
using Portal.Theming.Liquid;

namespace Portal.Contents.Liquid;

/// <summary>Registers the view models of the public pages, so templates read their properties and nothing else.</summary>
public sealed class ContentViewModels : ILiquidConfigurator
{
    public void Configure(TemplateOptions options)
    {
        options.MemberAccessStrategy.Register<HomeViewModel>();
        options.MemberAccessStrategy.Register<CategorySection>();
        options.MemberAccessStrategy.Register<ListPageViewModel>();
        options.MemberAccessStrategy.Register<OrganizationGroup>();
        options.MemberAccessStrategy.Register<OrganizationListViewModel>();
    }
}
