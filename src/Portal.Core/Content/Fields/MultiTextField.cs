namespace Portal.Core.Content.Fields;

/// <summary>Several values chosen from a list.</summary>
public sealed class MultiTextField
{
    public List<string> Values { get; set; } = [];
}
