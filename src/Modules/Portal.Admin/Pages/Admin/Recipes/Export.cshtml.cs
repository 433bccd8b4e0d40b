using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Recipes;
using Portal.Admin.Security;
using Portal.Core.Content.Definitions;
using Portal.Core.Recipes;
using Portal.Core.Recipes.Export;

namespace Portal.Admin.Pages.Admin.Recipes;

/// <summary>"Xuất recipe" (Administrator only): the site, or some content types, as a recipe to download.</summary>
[Authorize(Policy = AdminPermissions.ManageRecipes)]
public sealed class ExportModel(RecipeExporter exporter, ContentDefinitionManager definitions) : PageModel
{
    public IReadOnlyList<(string Name, string DisplayName)> Types { get; private set; } = [];

    [BindProperty] public List<string> SelectedTypes { get; set; } = [];
    [BindProperty] public bool NoContent { get; set; }
    [BindProperty] public RecipeExportFileMode Files { get; set; } = RecipeExportFileMode.Base64;

    public string? Error { get; private set; }

    public Task OnGetAsync() => LoadTypesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        RecipeExport export;
        try
        {
            export = await exporter.ExportAsync(new RecipeExportOptions
            {
                ContentTypes = SelectedTypes,
                IncludeContent = !NoContent,
                Files = Files,
            }, HttpContext.RequestAborted);
        }
        catch (RecipeException ex)
        {
            Error = ex.Message;
            await LoadTypesAsync();
            var page = Page();
            page.StatusCode = 400;
            return page;
        }

        var download = await RecipeDownload.CreateAsync(export, Files, HttpContext.RequestAborted);
        return File(download.Content, download.ContentType, download.FileName);
    }

    private async Task LoadTypesAsync() =>
        Types = (await definitions.GetAsync()).Types.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => (t.Name, t.DisplayName)).ToList();
}
