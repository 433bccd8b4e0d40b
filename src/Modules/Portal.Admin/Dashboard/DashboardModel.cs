using Portal.Admin.Content;

namespace Portal.Admin.Dashboard;

/// <summary>What the dashboard home shows.</summary>
public sealed class DashboardModel
{
    public int DraftCount { get; init; }
    public IReadOnlyList<ContentListRow> Drafts { get; init; } = [];
    public IReadOnlyList<ContentListRow> Scheduled { get; init; } = [];
    public IReadOnlyList<ContentListRow> RecentlyPublished { get; init; } = [];

    /// <summary>Null when no visit counter is installed.</summary>
    public VisitFigures? Visits { get; set; }
}
