namespace Portal.Core.Content.Fields;

/// <summary>Yes or no.</summary>
public sealed class BooleanField
{
    public bool Value { get; set; }
}
