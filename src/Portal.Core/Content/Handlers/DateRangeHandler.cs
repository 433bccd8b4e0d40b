namespace Portal.Core.Content.Handlers;

/// <summary>
/// Refuses an item whose end is not after its start: in any part, a date field named <c>EndDate</c> beside one named
/// <c>StartDate</c> (the names Orchard Core sites use for events). Unlike required fields, this holds for drafts and
/// recipe imports too: an empty field may be filled in later, an end before the start is simply wrong, and lists
/// that split events into ongoing, upcoming and past rely on it.
/// </summary>
public sealed class DateRangeHandler : IContentHandler
{
    public const string StartField = "StartDate";
    public const string EndField = "EndDate";
    public const string Message = "Thời gian kết thúc phải sau thời gian bắt đầu.";

    public int Order => 50;

    public Task ValidatingAsync(ContentSaveContext context)
    {
        foreach (var group in context.Definitions.FieldsOf(context.Type).GroupBy(f => f.Part.Name))
        {
            var start = group.FirstOrDefault(f => f.Field.Name == StartField && IsDate(f.Field.FieldName));
            var end = group.FirstOrDefault(f => f.Field.Name == EndField && IsDate(f.Field.FieldName));
            if (start.Field is null || end.Field is null)
            {
                continue;
            }

            var startValue = ContentJson.AsDate(context.Item.Field(group.Key, StartField)?["Value"]);
            var endValue = ContentJson.AsDate(context.Item.Field(group.Key, EndField)?["Value"]);
            // A DateField names a day: an event may end on the day it starts. A DateTimeField names a moment.
            var wrong = end.Field.FieldName == "DateField" && start.Field.FieldName == "DateField" ? endValue < startValue : endValue <= startValue;
            if (startValue is not null && endValue is not null && wrong)
            {
                context.AddError($"{group.Key}.{EndField}", Message);
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsDate(string kind) => kind is "DateTimeField" or "DateField";
}
