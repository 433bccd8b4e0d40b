namespace Portal.Core.Content;

/// <summary>What importing one item did.</summary>
public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
}
