namespace Portal.Admin.Content;

/// <summary>The status filter of the content list.</summary>
public enum ContentStatus
{
    Any,
    Draft,
    Published,
    Scheduled,
}
