using Fluid;
using Fluid.Values;
using Ganss.Xss;
using Markdig;

namespace Portal.Theming.Liquid;

/// <summary><c>{{ Model.MarkdownBodyPart.Markdown | markdownify }}</c>: Markdown (CommonMark and common extensions) as sanitized HTML.</summary>
public sealed class MarkdownFilter(IHtmlSanitizer sanitizer) : ILiquidConfigurator
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public void Configure(TemplateOptions options) =>
        options.Filters.AddFilter("markdownify", (input, _, _) =>
            new StringValue(sanitizer.Sanitize(Markdown.ToHtml(input.ToStringValue(), Pipeline)), encode: false));
}
