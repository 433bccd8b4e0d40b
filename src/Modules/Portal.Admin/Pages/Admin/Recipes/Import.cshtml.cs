using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Recipes;
using Portal.Admin.Security;
using Portal.Core.Data;
using Portal.Core.Recipes;

namespace Portal.Admin.Pages.Admin.Recipes;

/// <summary>
/// "Nhập recipe" (Administrator only): choose a shipped recipe or upload one, see the dry-run plan, confirm, see the
/// result. The confirmation carries the plan's source, choice about unsupported steps and SHA-256, so it applies
/// exactly what was planned.
/// </summary>
[Authorize(Policy = AdminPermissions.ManageRecipes)]
[RecipeUploadLimits]
public sealed class ImportModel(RecipeImports imports, UserManager<PortalUser> users) : PageModel
{
    public IReadOnlyList<RecipeDescriptor> Recipes { get; private set; } = [];
    public long MaxUploadBytes => imports.MaxUploadBytes;

    /// <summary>Shown beside the upload input.</summary>
    public string? UploadError { get; private set; }

    /// <summary>Shown beside the list of shipped recipes, or above the plan when its source went away.</summary>
    public string? ChoiceError { get; private set; }

    public RecipeImportPlan? Plan { get; private set; }

    /// <summary>The import's outcome, after the admin confirmed.</summary>
    public RecipeReport? Result { get; private set; }

    public bool Skip { get; private set; }

    public void OnGet(bool tooBig)
    {
        if (tooBig)
        {
            UploadError = $"Tệp quá lớn: giới hạn là {RecipeUpload.FormatSize(MaxUploadBytes)}. " +
                          "Hãy chia recipe thành nhiều tệp hoặc nhập bằng dòng lệnh (recipe import).";
        }

        Recipes = imports.Catalog();
    }

    /// <summary>The first dry run, of a shipped recipe (<paramref name="recipe"/>) or of an uploaded file.</summary>
    public async Task<IActionResult> OnPostPlanAsync(string? recipe, IFormFile? upload, bool skip)
    {
        Skip = skip;
        RecipeImportSource source;
        if (!string.IsNullOrEmpty(recipe))
        {
            // A shipped recipe's button was pressed (a file chosen meanwhile is not uploaded).
            source = new RecipeImportSource(recipe, null, null);
        }
        else if (upload is not null)
        {
            try
            {
                await using var stream = upload.OpenReadStream();
                source = await imports.UploadAsync(stream, upload.FileName, HttpContext.RequestAborted);
            }
            catch (RecipeException ex)
            {
                UploadError = ex.Message;
                return Choose();
            }
        }
        else
        {
            UploadError = "Hãy chọn một recipe trong danh sách hoặc tải lên một tệp JSON.";
            return Choose();
        }

        return await PlanAsync(source);
    }

    /// <summary>Another dry run of the same source, with or without skipping unsupported steps.</summary>
    public Task<IActionResult> OnPostReplanAsync(string? recipe, string? uploadId, string? uploadName, bool skip)
    {
        Skip = skip;
        return PlanAsync(SourceFrom(recipe, uploadId, uploadName));
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? recipe, string? uploadId, string? uploadName, bool skip, string? sha256)
    {
        Skip = skip;
        try
        {
            Result = await imports.ImportAsync(SourceFrom(recipe, uploadId, uploadName), skip, sha256 ?? "", await users.GetUserAsync(User), HttpContext.RequestAborted);
        }
        catch (RecipeException ex)
        {
            ChoiceError = ex.Message;
            return Choose();
        }

        return Status(Result.Succeeded ? 200 : 400);
    }

    private async Task<IActionResult> PlanAsync(RecipeImportSource source)
    {
        try
        {
            Plan = await imports.PlanAsync(source, Skip, await users.GetUserAsync(User), HttpContext.RequestAborted);
        }
        catch (RecipeException ex)
        {
            if (source.IsUpload)
            {
                UploadError = ex.Message;
            }
            else
            {
                ChoiceError = ex.Message;
            }

            return Choose();
        }

        return Status(200);
    }

    /// <summary>Back to the choice, with the error shown (nothing was changed).</summary>
    private IActionResult Choose()
    {
        Recipes = imports.Catalog();
        return Status(400);
    }

    private PageResult Status(int status)
    {
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    /// <summary>An upload id is only ever a key of the upload store (checked there); a file name only one of the list.</summary>
    private static RecipeImportSource SourceFrom(string? recipe, string? uploadId, string? uploadName) =>
        !string.IsNullOrEmpty(uploadId) ? RecipeImportSource.Upload(uploadId, uploadName) : new RecipeImportSource(recipe ?? "", null, null);
}
