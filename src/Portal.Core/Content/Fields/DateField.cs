namespace Portal.Core.Content.Fields;

/// <summary>A calendar date.</summary>
public sealed class DateField
{
    public DateTime? Value { get; set; }
}
