namespace Portal.Contents.Models;

/// <summary>The directory of organizations, grouped by kind.</summary>
public sealed record OrganizationListViewModel(string Title, IReadOnlyList<OrganizationGroup> Groups, int Total);
