using Portal.Core.Content;

namespace Portal.Contents.Models;

/// <summary>A category on the home page with its newest items.</summary>
public sealed record CategorySection(TermInfo Term, IReadOnlyList<ContentItem> Items);
