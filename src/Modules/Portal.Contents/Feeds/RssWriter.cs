using System.Globalization;
using Portal.Core.Content;
using Portal.Core.Routing;
using Portal.Theming.Liquid;

namespace Portal.Contents.Feeds;

/// <summary>An RSS 2.0 feed of the newest articles, with an Atom self link.</summary>
public static class RssWriter
{
    public const string ContentType = "application/rss+xml; charset=utf-8";
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string Write(string baseUrl, string siteName, string feedPath, IEnumerable<ContentItem> items, RouteTable routes) =>
        SitemapWriter.Write(writer =>
        {
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteAttributeString("xmlns", "atom", null, Atom);
            writer.WriteStartElement("channel");
            writer.WriteElementString("title", $"Tin tức - {siteName}");
            writer.WriteElementString("link", baseUrl + "/");
            writer.WriteElementString("description", $"Tin mới nhất của {siteName}");
            writer.WriteElementString("language", "vi");
            writer.WriteStartElement("atom", "link", Atom);
            writer.WriteAttributeString("href", baseUrl + feedPath);
            writer.WriteAttributeString("rel", "self");
            writer.WriteAttributeString("type", "application/rss+xml");
            writer.WriteEndElement();
            foreach (var item in items)
            {
                var url = routes.PathOf(item.ContentItemId) is { } path ? $"{baseUrl}/{path}" : baseUrl + "/";
                var own = item.Part(item.ContentType);
                var summary = own?["Summary"]?["Text"]?.ToString();
                writer.WriteStartElement("item");
                writer.WriteElementString("title", item.DisplayText);
                writer.WriteElementString("link", url);
                writer.WriteStartElement("guid");
                writer.WriteAttributeString("isPermaLink", "false");
                writer.WriteString(item.ContentItemId);
                writer.WriteEndElement();
                writer.WriteElementString("description", ThemingFilters.Excerpt(
                    string.IsNullOrWhiteSpace(summary) ? item.Part("HtmlBodyPart")?["Html"]?.ToString() ?? "" : summary, 400));
                if (item.PublishedUtc is { } published)
                {
                    writer.WriteElementString("pubDate", published.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        });
}
