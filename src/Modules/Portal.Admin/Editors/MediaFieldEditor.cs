using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Portal.Core.Content.Definitions;
using Portal.Media.Models;
using Portal.Media.Services;

namespace Portal.Admin.Editors;

/// <summary>Files from the media library (picked, or uploaded on the spot) with their alternative texts.</summary>
public sealed class MediaFieldEditor(MediaLibrary library) : IContentEditor
{
    public string Kind => "MediaField";

    public async Task PrepareAsync(EditorSlot slot)
    {
        var paths = Strings(slot.Value["Paths"]);
        var texts = Strings(slot.Value["MediaTexts"]);
        var choices = new List<MediaChoice>();
        for (var i = 0; i < paths.Count; i++)
        {
            MediaEntry? entry = null;
            try
            {
                entry = await library.GetAsync(paths[i]);
            }
            catch (MediaException)
            {
                // A path imported from elsewhere that is not a valid library path: shown as missing.
            }

            var text = i < texts.Count && texts[i].Length > 0 ? texts[i] : entry?.AltText ?? "";
            choices.Add(new MediaChoice(paths[i], entry?.Url ?? MediaStore.UrlPrefix + "/" + paths[i], text, entry?.IsImage ?? MediaFileTypes.FromExtension(paths[i])?.Kind == MediaKind.Image, entry is not null));
        }

        slot.Data = choices;
    }

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (!form.ContainsKey(slot.Input("Present")))
        {
            return;
        }

        var paths = form[slot.Input("Paths")].Select(p => p ?? "").ToList();
        var texts = form[slot.Input("MediaTexts")].Select(t => t ?? "").ToList();
        var keptPaths = new JsonArray();
        var keptTexts = new JsonArray();
        for (var i = 0; i < paths.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(paths[i]))
            {
                continue;
            }

            try
            {
                keptPaths.Add(MediaPaths.Normalize(paths[i]));
                keptTexts.Add(i < texts.Count ? texts[i].Trim() : "");
            }
            catch (MediaException ex)
            {
                context.AddError(slot, ex.Message);
            }
        }

        if (!IsMultiple(slot) && keptPaths.Count > 1)
        {
            context.AddError(slot, $"{slot.Label}: chỉ chọn được một tệp.");
        }

        target["Paths"] = keptPaths;
        target["MediaTexts"] = keptTexts;
    }

    public static bool IsMultiple(EditorSlot slot) => DefinitionSettings.IsTrue(slot.Settings["Multiple"]);

    private static List<string> Strings(JsonNode? node) => (node as JsonArray ?? []).Select(n => n?.ToString() ?? "").ToList();
}
