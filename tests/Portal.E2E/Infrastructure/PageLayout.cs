namespace Portal.E2E.Infrastructure;

/// <summary>Measurements of the rendered page taken in the browser (what a phone reader would notice).</summary>
public static class PageLayout
{
    /// <summary>
    /// Visible elements that stick out of the layout viewport on the right or are wider than it, described as
    /// <c>tag.class [data-testid] (left–right px)</c>. Elements inside a box that scrolls or clips sideways on its own
    /// (a wide table in a scroll box) are not counted: the page itself does not move.
    /// </summary>
    private const string WideElementsScript = """
        () => {
          const width = document.documentElement.clientWidth;
          const found = [];
          for (const element of document.body.querySelectorAll('*')) {
            const box = element.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue;
            const style = getComputedStyle(element);
            if (style.display === 'none' || style.visibility === 'hidden') continue;
            if (box.width <= width + 0.5 && box.right <= width + 0.5) continue;
            let contained = false;
            for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
              if (getComputedStyle(parent).overflowX !== 'visible') { contained = true; break; }
            }
            if (contained) continue;
            const testId = element.getAttribute('data-testid');
            const name = element.tagName.toLowerCase() + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : '');
            found.push(`${name}${testId ? ` [${testId}]` : ''} (${Math.round(box.left)}–${Math.round(box.right)}px)`);
          }
          return found;
        }
        """;

    /// <summary>
    /// <c>document.documentElement.scrollWidth</c>, <c>innerWidth</c> and the layout viewport's width
    /// (<c>clientWidth</c>). On a phone (a mobile viewport) Chromium widens <c>innerWidth</c> to the content when the
    /// content overflows, so <c>scrollWidth &lt;= innerWidth</c> alone would pass a page that scrolls sideways: the
    /// page fits when neither is wider than <c>clientWidth</c>.
    /// </summary>
    public static async Task<(int ScrollWidth, int InnerWidth, int ViewportWidth)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, window.innerWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1], widths[2]);
    }

    public static async Task<IReadOnlyList<string>> ElementsWiderThanViewportAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(WideElementsScript);

    /// <summary>A computed style of the element, in CSS pixels (font-size, line-height...).</summary>
    public static async Task<double> PixelsAsync(ILocator element, string property)
    {
        var value = await element.EvaluateAsync<string>("(e, p) => getComputedStyle(e).getPropertyValue(p)", property);
        return double.Parse(value.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }
}
