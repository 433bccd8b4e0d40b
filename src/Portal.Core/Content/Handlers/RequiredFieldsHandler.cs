using System.Text.Json.Nodes;

namespace Portal.Core.Content.Handlers;

/// <summary>Refuses to publish an item whose required fields are empty.</summary>
public sealed class RequiredFieldsHandler : IContentHandler
{
    public int Order => 50;

    public Task ValidatingAsync(ContentSaveContext context)
    {
        if (!context.Publishing || context.IsImport)
        {
            return Task.CompletedTask;
        }

        foreach (var (part, field) in context.Definitions.FieldsOf(context.Type).Where(f => f.Field.Required))
        {
            if (IsEmpty(context.Item.Field(part.Name, field.Name)))
            {
                context.AddError($"{part.Name}.{field.Name}", $"Vui lòng nhập {field.DisplayName}.");
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsEmpty(JsonObject? field) =>
        field is null || field.All(p => p.Value switch
        {
            null => true,
            JsonArray array => array.Count == 0,
            JsonValue value => string.IsNullOrWhiteSpace(value.ToString()),
            _ => false,
        });
}
