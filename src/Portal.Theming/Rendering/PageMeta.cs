namespace Portal.Theming.Rendering;

/// <summary>What the layout needs to know about a page: its title, description, canonical URL, Open Graph and breadcrumb.</summary>
public sealed class PageMeta
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>The canonical path ("/tin-tuc/abc"); the layout makes it absolute with the site's base URL.</summary>
    public string? CanonicalPath { get; set; }

    /// <summary>"article" for articles, "website" otherwise.</summary>
    public string OgType { get; set; } = "website";

    /// <summary>An image URL for Open Graph, absolute or site-relative ("/media/a.jpg?width=1200").</summary>
    public string? OgImage { get; set; }

    /// <summary>For articles: when it was published (Open Graph <c>article:published_time</c>).</summary>
    public DateTime? PublishedUtc { get; set; }

    /// <summary>"noindex" for pages search engines should not keep (404, errors).</summary>
    public string? Robots { get; set; }

    /// <summary>The path of the request, for marking the current menu item.</summary>
    public string Path { get; set; } = "/";
    public List<Breadcrumb> Breadcrumbs { get; } = [];

    /// <summary>A class on &lt;body&gt; so the theme can style page kinds ("page-article").</summary>
    public string BodyClass { get; set; } = "";
}
