namespace Portal.Core.Content.Fields;

/// <summary>A number.</summary>
public sealed class NumericField
{
    public decimal? Value { get; set; }
}
