namespace Portal.Contents.Lists;

/// <summary>A published organization in the directory: its id and its kind (the value of its Kind field, if any).</summary>
public sealed record OrganizationEntry(string ContentItemId, string? Kind);
