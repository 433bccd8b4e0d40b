namespace Portal.Core.Content.Fields;

/// <summary>An instant, stored in UTC.</summary>
public sealed class DateTimeField
{
    public DateTime? Value { get; set; }
}
