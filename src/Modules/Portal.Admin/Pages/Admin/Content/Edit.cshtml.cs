using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Content;
using Portal.Admin.Editors;
using Portal.Admin.Security;
using Portal.Admin.Trees;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Data;
using Portal.Core.Routing;

namespace Portal.Admin.Pages.Admin.Content;

/// <summary>
/// The editor of one item of any type, generated from its definition. Every write goes through the content manager:
/// drafts, publishing, unpublishing, scheduling; a save on top of someone else's change is refused with the editor's
/// typing kept in the form. Menus and taxonomies are not created here (their own editors do that, for the roles that
/// manage them), and only those roles edit them here.
/// </summary>
public sealed class EditModel(
    IContentManager contents, ContentForm form, ContentAccess access, ContentDefinitionManager definitions,
    PortalDbContext db, RouteTable routes, AdminFormat format, ContentPreview preview, TimeProvider clock) : PageModel
{
    public const string ConflictMessage =
        "Nội dung này vừa được người khác lưu trong lúc bạn sửa. Những gì bạn đã nhập vẫn còn nguyên bên dưới: hãy mở phiên bản mới nhất để so sánh, hoặc chọn \"Ghi đè\" để lưu nội dung của bạn.";

    public ContentItem Item { get; private set; } = new();
    public ContentTypeDefinition Type { get; private set; } = new();
    public IReadOnlyList<EditorSlot> Slots { get; private set; } = [];
    public List<ContentError> GeneralErrors { get; } = [];
    public bool IsNew { get; private set; }
    public bool HasPublished { get; private set; }
    public bool LatestIsPublished { get; private set; }
    public DateTime? ScheduledUtc { get; private set; }
    public string? PublicUrl { get; private set; }
    public bool CanPublish { get; private set; }
    public bool CanDelete { get; private set; }
    public string? Conflict { get; private set; }
    public string ScheduleInput { get; private set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string? id, string? type)
    {
        ContentItem? item;
        if (!string.IsNullOrEmpty(id))
        {
            item = await contents.GetAsync(id, VersionOptions.Latest);
            if (item is null)
            {
                return NotFound();
            }

            if (!await access.CanEditAsync(item))
            {
                return Forbid();
            }
        }
        else
        {
            var definition = await definitions.GetTypeAsync(type ?? "");
            if (definition is null || definition.Stereotype is not null)
            {
                return NotFound();
            }

            if (TreeEditor.Of(definition) is { } own)
            {
                return await access.HasAsync(own.Permission) ? Redirect(own.ListPath) : Forbid();
            }

            // A type marked not creatable (a taxonomy's term type, "Category") gets no item of its own here.
            if (!definition.Creatable)
            {
                return NotFound();
            }

            if (!await access.HasAsync(AdminPermissions.EditOwnContent))
            {
                return Forbid();
            }

            item = await contents.NewAsync(definition.Name);
            IsNew = true;
        }

        return await ShowAsync(item, []);
    }

    public async Task<IActionResult> OnPostAsync(string action, string? scheduleAt, bool overwrite)
    {
        var posted = Request.Form;
        var id = posted["ContentItemId"].ToString();
        if (id.Length is 0 or > 64)
        {
            return BadRequest();
        }

        var item = await contents.GetAsync(id, VersionOptions.Latest);
        if (item is not null)
        {
            if (!await access.CanEditAsync(item))
            {
                return Forbid();
            }

            if (!overwrite)
            {
                // The version the editor started from: the content manager refuses a save on top of a newer one.
                item.ContentItemVersionId = posted["ContentItemVersionId"].ToString();
                item.Revision = long.TryParse(posted["Revision"], out var revision) ? revision : -1;
            }
        }
        else
        {
            var definition = await definitions.GetTypeAsync(posted["ContentType"].ToString());
            if (definition is null || definition.Stereotype is not null)
            {
                return NotFound();
            }

            if (TreeEditor.Of(definition) is not null || !await access.HasAsync(AdminPermissions.EditOwnContent))
            {
                return Forbid();
            }

            if (!definition.Creatable)
            {
                return NotFound();
            }

            if (await db.ContentItems.AnyAsync(r => r.ContentItemId == id))
            {
                return await ShowAsync(await contents.NewAsync(definition.Name), [new ContentError("", "Nội dung này đã bị xóa.")]);
            }

            item = await contents.NewAsync(definition.Name);
            item.ContentItemId = id;
            item.Owner = access.UserId;
            item.Author = access.UserName;
            IsNew = true;
        }

        if (action is "publish" or "unpublish" or "schedule" or "unschedule" && !await access.CanPublishAsync())
        {
            return Forbid();
        }

        var inputErrors = await form.BindAsync(item, posted);
        if (action == "preview")
        {
            await preview.RenderAsync(HttpContext, item);
            return new EmptyResult();
        }

        if (inputErrors.Count > 0)
        {
            return await ShowAsync(item, inputErrors, StatusCodes400);
        }

        // The handlers fill in what the editor left empty (a path from the pattern...) on the item they save; a refused
        // save shows the form as the editor sent it, or a generated path would come back as one the editor typed.
        var asTyped = item.Clone();
        asTyped.Revision = item.Revision;

        try
        {
            switch (action)
            {
                case "publish":
                    await contents.PublishAsync(item);
                    break;
                case "unpublish":
                    var wasScheduled = await db.ContentItems.AnyAsync(r => r.ContentItemId == item.ContentItemId && r.Latest && r.ScheduledPublishUtc != null);
                    await contents.SaveDraftAsync(item);
                    await contents.UnpublishAsync(item.ContentItemId);
                    action = wasScheduled ? "unpublish-unscheduled" : action;
                    break;
                case "schedule":
                    if (LocalTime.ParseLocal(scheduleAt ?? "", format.Zone) is not { } at || at <= clock.GetUtcNow().UtcDateTime)
                    {
                        return await ShowAsync(item, [new ContentError("ScheduleAt", "Hãy chọn một thời điểm xuất bản trong tương lai.")], StatusCodes400);
                    }

                    await contents.SchedulePublishAsync(item, at);
                    break;
                case "unschedule":
                    await contents.SchedulePublishAsync(item, null);
                    break;
                default:
                    action = "draft";
                    await contents.SaveDraftAsync(item);
                    break;
            }
        }
        catch (ContentValidationException ex)
        {
            return await ShowAsync(asTyped, ex.Errors, StatusCodes400);
        }
        catch (ContentConcurrencyException)
        {
            Conflict = ConflictMessage;
            return await ShowAsync(item, [], 409);
        }

        return Redirect($"/admin/content/edit?id={Uri.EscapeDataString(item.ContentItemId)}&done={action}");
    }

    public string DoneMessage => Done switch
    {
        "draft" => "Đã lưu bản nháp.",
        "publish" => "Đã xuất bản.",
        "unpublish" => "Đã hủy xuất bản: nội dung không còn trên website.",
        "unpublish-unscheduled" => "Đã hủy xuất bản: nội dung không còn trên website. Lịch hẹn giờ xuất bản cũng đã được hủy.",
        "schedule" => "Đã hẹn giờ xuất bản.",
        "unschedule" => "Đã bỏ hẹn giờ.",
        "restore" => "Đã khôi phục phiên bản cũ thành bản nháp.",
        _ => "",
    };

    private const int StatusCodes400 = 400;

    /// <summary>A menu or a taxonomy only for the roles that manage them (an author's own draft menu included).</summary>
    private async Task<IActionResult> ShowAsync(ContentItem item, IReadOnlyList<ContentError> errors, int status = 200)
    {
        Item = item;
        Type = await definitions.GetTypeAsync(item.ContentType) ?? new ContentTypeDefinition { Name = item.ContentType };
        Slots = await form.BuildAsync(item);
        GeneralErrors.AddRange(ContentForm.AttachErrors(Slots, errors));
        CanPublish = await access.CanPublishAsync();
        var rows = await db.ContentItems.AsNoTracking().Where(r => r.ContentItemId == item.ContentItemId && (r.Published || r.Latest))
            .Select(r => new { r.Published, r.Latest, r.ScheduledPublishUtc }).ToListAsync();
        IsNew = IsNew || rows.Count == 0;
        HasPublished = rows.Any(r => r.Published);
        CanDelete = await access.CanDeleteAsync(item, HasPublished);
        LatestIsPublished = rows.Any(r => r.Published && r.Latest);
        ScheduledUtc = rows.FirstOrDefault(r => r.Latest)?.ScheduledPublishUtc;
        ScheduleInput = LocalTime.ToInput(ScheduledUtc, format.Zone);
        PublicUrl = HasPublished && routes.PathOf(item.ContentItemId) is { } path ? "/" + path : null;
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
