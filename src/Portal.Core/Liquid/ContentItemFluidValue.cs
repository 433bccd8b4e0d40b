using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;
using Portal.Core.Content;

namespace Portal.Core.Liquid;

/// <summary>
/// A content item as Liquid sees it: <c>ContentItemId</c>, <c>ContentType</c>, <c>DisplayText</c>, dates,
/// and each part by name (<c>item.TitlePart.Title</c>, <c>item.Content.Article.Summary.Text</c>), read-only.
/// </summary>
public sealed class ContentItemFluidValue(ContentItem item) : ObjectValueBase(item)
{
    public ContentItem Item { get; } = item;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => new(name switch
    {
        "ContentItemId" => StringValue.Create(Item.ContentItemId),
        "ContentItemVersionId" => StringValue.Create(Item.ContentItemVersionId),
        "ContentType" => StringValue.Create(Item.ContentType),
        "DisplayText" => StringValue.Create(Item.DisplayText),
        "Published" => BooleanValue.Create(Item.Published),
        "Latest" => BooleanValue.Create(Item.Latest),
        "Author" => StringValue.Create(Item.Author ?? ""),
        "CreatedUtc" => DateValue(Item.CreatedUtc),
        "ModifiedUtc" => DateValue(Item.ModifiedUtc),
        "PublishedUtc" => DateValue(Item.PublishedUtc),
        "Content" => JsonFluidValues.From(Item.Content),
        _ => JsonFluidValues.From(Item.Content[name]),
    });

    public override string ToStringValue() => Item.DisplayText;

    private static FluidValue DateValue(DateTime? utc) =>
        utc is null ? NilValue.Instance : new DateTimeValue(new DateTimeOffset(DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc)));
}
