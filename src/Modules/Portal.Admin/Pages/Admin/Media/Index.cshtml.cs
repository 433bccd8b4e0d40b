using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Security;
using Portal.Media.Models;
using Portal.Media.Services;

namespace Portal.Admin.Pages.Admin.Media;

/// <summary>
/// The media library: folders, upload (authors too), alt texts, deletion (editors). The same handlers answer JSON for the
/// media picker of the content editor when asked with <c>Accept: application/json</c>. A change that worked answers a
/// redirect back to the folder (Post/Redirect/Get), its message carried in TempData: refreshing the page then shows the
/// folder again instead of posting the upload a second time (which stored copies such as anh-3.jpg). A refused change
/// shows the page at once with the reason (400).
/// </summary>
[RequestSizeLimit(200_000_000)]
[RequestFormLimits(MultipartBodyLengthLimit = 200_000_000)]
public sealed class IndexModel(MediaLibrary library, ContentAccess access) : PageModel
{
    private const string DoneKey = "MediaDone";

    [BindProperty(SupportsGet = true)]
    public string Folder { get; set; } = "";

    public MediaListing Listing { get; private set; } = new("", [], []);
    public bool CanManage { get; private set; }
    public List<string> Messages { get; } = [];
    public List<string> Errors { get; } = [];
    public long MaxUploadBytes => library.Options.MaxUploadBytes;

    public async Task<IActionResult> OnGetAsync()
    {
        if (TempData[DoneKey] is string done)
        {
            Messages.AddRange(done.Split('\n'));
        }

        return await ShowAsync();
    }

    /// <summary>The folder as JSON, for the picker.</summary>
    public async Task<IActionResult> OnGetListAsync()
    {
        try
        {
            var listing = await library.ListAsync(Folder);
            return new JsonResult(new
            {
                folder = listing.Folder,
                parent = listing.Folder.Length == 0 ? null : MediaPaths.Parent(listing.Folder),
                folders = listing.Folders,
                files = listing.Files.Select(ToJson),
            });
        }
        catch (MediaException ex)
        {
            return new JsonResult(new { error = ex.Message }) { StatusCode = 400 };
        }
    }

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files, string? altText)
    {
        if (!await access.HasAsync(AdminPermissions.UploadMedia))
        {
            return Forbid();
        }

        var uploaded = new List<MediaEntry>();
        foreach (var file in files)
        {
            try
            {
                await using var stream = file.OpenReadStream();
                uploaded.Add(await library.UploadAsync(Folder, file.FileName, stream, file.Length, altText, HttpContext.RequestAborted));
            }
            catch (MediaException ex)
            {
                Errors.Add(ex.Message);
            }
        }

        if (files.Count == 0)
        {
            Errors.Add("Hãy chọn tệp để tải lên.");
        }

        if (WantsJson)
        {
            return new JsonResult(new { files = uploaded.Select(ToJson), errors = Errors }) { StatusCode = Errors.Count > 0 && uploaded.Count == 0 ? 400 : 200 };
        }

        Messages.AddRange(uploaded.Select(u => $"Đã tải lên {u.Name}."));
        // Partly refused: the page at once, so the reasons show next to what did upload.
        return Errors.Count > 0 ? await ShowAsync(400) : RedirectBack();
    }

    public async Task<IActionResult> OnPostAltAsync(string path, string? altText)
    {
        if (!await access.HasAsync(AdminPermissions.ManageMedia))
        {
            return Forbid();
        }

        return await RunAsync(async () =>
        {
            await library.SetAltTextAsync(path, altText);
            Messages.Add("Đã lưu mô tả ảnh.");
        });
    }

    public async Task<IActionResult> OnPostDeleteAsync(string path)
    {
        if (!await access.HasAsync(AdminPermissions.ManageMedia))
        {
            return Forbid();
        }

        return await RunAsync(async () => Messages.Add(await library.DeleteAsync(path) ? "Đã xóa tệp." : "Tệp không còn nữa."));
    }

    public async Task<IActionResult> OnPostFolderAsync(string name)
    {
        if (!await access.HasAsync(AdminPermissions.ManageMedia))
        {
            return Forbid();
        }

        return await RunAsync(() =>
        {
            var created = library.CreateFolder(Folder, name ?? "");
            Messages.Add($"Đã tạo thư mục {created}.");
            return Task.CompletedTask;
        });
    }

    public async Task<IActionResult> OnPostDeleteFolderAsync(string path)
    {
        if (!await access.HasAsync(AdminPermissions.ManageMedia))
        {
            return Forbid();
        }

        return await RunAsync(() =>
        {
            Messages.Add(library.DeleteFolder(path) ? "Đã xóa thư mục." : "Thư mục không còn nữa.");
            return Task.CompletedTask;
        });
    }

    private bool WantsJson => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private async Task<IActionResult> RunAsync(Func<Task> action)
    {
        try
        {
            await action();
            return RedirectBack();
        }
        catch (MediaException ex)
        {
            Errors.Add(ex.Message);
            return await ShowAsync(400);
        }
    }

    /// <summary>Back to the folder with what was done, shown once by the GET that follows.</summary>
    private IActionResult RedirectBack()
    {
        TempData[DoneKey] = string.Join('\n', Messages);
        return Redirect("/admin/media" + (Folder.Length == 0 ? "" : "?folder=" + Uri.EscapeDataString(Folder)));
    }

    private async Task<IActionResult> ShowAsync(int status = 200)
    {
        CanManage = await access.HasAsync(AdminPermissions.ManageMedia);
        try
        {
            Listing = await library.ListAsync(Folder);
        }
        catch (MediaException ex)
        {
            Errors.Add(ex.Message);
            Folder = "";
            Listing = await library.ListAsync("");
        }

        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private static object ToJson(MediaEntry entry) => new
    {
        path = entry.Path,
        url = entry.Url,
        name = entry.Name,
        isImage = entry.IsImage,
        alt = entry.AltText ?? "",
        size = MediaLibrary.FormatSize(entry.Size),
    };
}
