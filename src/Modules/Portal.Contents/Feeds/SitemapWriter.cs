using System.Globalization;
using System.Text;
using System.Xml;
using Portal.Contents.Lists;

namespace Portal.Contents.Feeds;

/// <summary>
/// Writes sitemaps (sitemaps.org 0.9). A sitemap holds at most <see cref="MaxUrls"/> URLs; a bigger site gets a
/// sitemap index at <c>/sitemap.xml</c> that points to <c>/sitemap-1.xml</c>, <c>/sitemap-2.xml</c>...
/// </summary>
public static class SitemapWriter
{
    public const int MaxUrls = 50_000;
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>A urlset of the given entries (paths without leading slash).</summary>
    public static string UrlSet(string baseUrl, IEnumerable<SitemapEntry> entries)
    {
        return Write(writer =>
        {
            writer.WriteStartElement("urlset", Namespace);
            foreach (var entry in entries)
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, $"{baseUrl}/{Escape(entry.Path)}");
                if (entry.ModifiedUtc is { } modified)
                {
                    writer.WriteElementString("lastmod", Namespace, modified.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    /// <summary>A sitemap index pointing to <paramref name="count"/> numbered sitemaps.</summary>
    public static string Index(string baseUrl, int count) => Write(writer =>
    {
        writer.WriteStartElement("sitemapindex", Namespace);
        for (var n = 1; n <= count; n++)
        {
            writer.WriteStartElement("sitemap", Namespace);
            writer.WriteElementString("loc", Namespace, $"{baseUrl}/sitemap-{n}.xml");
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    /// <summary>Paths keep their letters; each segment is percent-encoded the way browsers send it.</summary>
    private static string Escape(string path) => path.Length == 0 ? "" : string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    internal static string Write(Action<XmlWriter> body)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriterUtf8(builder), new XmlWriterSettings { Indent = false }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        return builder.ToString();
    }

    /// <summary>A StringWriter that declares UTF-8, since the response is sent as UTF-8.</summary>
    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
