namespace Portal.E2E.Infrastructure;

/// <summary>
/// The dashboard's WYSIWYG editor (Quill) of one field, driven as a person does: click into the text, type on the
/// keyboard, select with Shift+arrows, press the toolbar's buttons, type a link's address into its box.
/// </summary>
public sealed class WysiwygEditor(IPage page, ILocator slot)
{
    /// <summary>The editor of the field whose slot has that <c>data-testid</c> (<c>field-HtmlBodyPart-Html</c>).</summary>
    public static WysiwygEditor Of(IPage page, string fieldTestId) => new(page, page.GetByTestId(fieldTestId));

    /// <summary>The editable text (Quill's root).</summary>
    public ILocator Text => slot.GetByTestId("wysiwyg-text");

    public ILocator Button(string format) => slot.GetByTestId("wysiwyg-" + format);

    /// <summary>Puts the caret at the end of the text.</summary>
    public async Task ClickAtEndAsync()
    {
        await Text.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
    }

    public Task TypeAsync(string text) => page.Keyboard.TypeAsync(text);

    /// <summary>
    /// Selects <paramref name="phrase"/> in the last paragraph, where it is followed by <paramref name="after"/> up to
    /// the end: Ctrl+End, ← over what follows, then Shift+← over the phrase, as a person selects with the keyboard.
    /// </summary>
    public async Task SelectAsync(string phrase, string after = "")
    {
        await page.Keyboard.PressAsync("Control+End");
        await PressAsync("ArrowLeft", after);
        await PressAsync("Shift+ArrowLeft", phrase);
    }

    /// <summary>Selects the phrase (see <see cref="SelectAsync"/>) and presses the toolbar button of the format.</summary>
    public async Task FormatAsync(string format, string phrase, string after = "")
    {
        await SelectAsync(phrase, after);
        await Button(format).ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
    }

    /// <summary>Selects the phrase, presses the link button, types the address into the link box and presses Enter.</summary>
    public async Task LinkAsync(string url, string phrase, string after = "")
    {
        await SelectAsync(phrase, after);
        await Button("link").ClickAsync();
        var address = slot.GetByTestId("wysiwyg-link-input");
        await Expect(address).ToBeVisibleAsync();
        await address.FillAsync(url);
        await address.PressAsync("Enter");
        await Expect(address).ToBeHiddenAsync();
    }

    /// <summary>One key press per character: Vietnamese letters are typed precomposed (NFC), one caret step each.</summary>
    private async Task PressAsync(string key, string text)
    {
        for (var i = 0; i < text.Normalize(System.Text.NormalizationForm.FormC).Length; i++)
        {
            await page.Keyboard.PressAsync(key);
        }
    }
}
