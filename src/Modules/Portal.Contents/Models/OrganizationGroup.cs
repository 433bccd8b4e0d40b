using Portal.Core.Content;

namespace Portal.Contents.Models;

/// <summary>The organizations of one kind ("Hội thành viên", "Trung tâm"...), in Vietnamese alphabetical order.</summary>
public sealed record OrganizationGroup(string Kind, string Title, IReadOnlyList<ContentItem> Items);
