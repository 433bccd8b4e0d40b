namespace Portal.E2E.Infrastructure;

/// <summary>
/// The page the old site shows a reader (<c>Fixtures/seed-page.txt</c>, a copy of the shared seed file): the sidebar
/// blocks, the article (title, paragraphs, byline) and the footer lines, word for word.
/// </summary>
public sealed class SeedPage
{
    private SeedPage(string title, IReadOnlyList<string> paragraphs, string byline, IReadOnlyList<string> footerLines)
    {
        Title = title;
        Paragraphs = paragraphs;
        Byline = byline;
        FooterLines = footerLines;
    }

    public static SeedPage Instance { get; } = Read(E2EPaths.Fixture("seed-page.txt"));

    public string Title { get; }

    public IReadOnlyList<string> Paragraphs { get; }

    public string Byline { get; }

    public IReadOnlyList<string> FooterLines { get; }

    /// <summary>
    /// The text is: bullets of the sidebar ending with "Đã truy cập: N", the title, the paragraphs, the byline
    /// (the first short line after the title), then the footer lines.
    /// </summary>
    private static SeedPage Read(string path)
    {
        var lines = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var titleIndex = lines.FindIndex(l => l.StartsWith("Đã truy cập:", StringComparison.Ordinal)) + 1;
        var bylineIndex = lines.FindIndex(titleIndex + 1, l => l.Length < 40);
        if (titleIndex <= 0 || bylineIndex < 0)
        {
            throw new InvalidDataException($"{path} does not have the shape of the seed page.");
        }

        return new SeedPage(
            lines[titleIndex],
            lines[(titleIndex + 1)..bylineIndex],
            lines[bylineIndex],
            lines[(bylineIndex + 1)..]);
    }
}
