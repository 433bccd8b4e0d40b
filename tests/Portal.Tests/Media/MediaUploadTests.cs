using System.Net;
using System.Net.Http.Headers;
using Portal.Tests.Admin;
using Portal.Tests.Infrastructure;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Portal.Tests.Media;

public sealed class MediaUploadTests
{
    public static byte[] Jpeg(int width = 800, int height = 600)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(20, 90, 160));
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }

    public static byte[] Png(int width = 40, int height = 30)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(200, 10, 10));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    /// <summary>Uploads through the media page's form, as the browser does.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(AdminSession session, string fileName, byte[] content, string? alt = null, string folder = "")
    {
        var page = await session.GetPageAsync("/admin/media" + (folder.Length > 0 ? "?folder=" + folder : ""));
        var token = page.QuerySelector("[data-testid=media-upload-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "files", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        if (alt is not null)
        {
            form.Add(new StringContent(alt), "altText");
        }

        return await session.Client.PostAsync(page.QuerySelector("[data-testid=media-upload-form]")!.GetAttribute("action"), form);
    }

    [Fact]
    public async Task Upload_Jpeg_IsStoredUnderAppDataMediaWithAltTextAndServedAtMediaUrl()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var response = await UploadAsync(admin, "Ảnh Hội nghị.JPG", Jpeg(), "Toàn cảnh hội nghị");

        var page = await admin.FollowAsync(response);
        var item = Assert.Single(page.QuerySelectorAll("[data-testid=media-file]"));
        Assert.Equal("anh-hoi-nghi.jpg", item.GetAttribute("data-path"));
        Assert.Equal("Toàn cảnh hội nghị", item.QuerySelector("[data-testid=media-file-alt]")!.GetAttribute("value"));
        Assert.True(File.Exists(Path.Combine(database.AppDataPath, "media", "anh-hoi-nghi.jpg")));
        var served = await site.CreateClient().GetAsync("/media/anh-hoi-nghi.jpg");
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Upload_Done_RedirectsToTheFolderWhoseNextPageShowsTheMessageOnce()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var response = await UploadAsync(admin, "anh.jpg", Jpeg());
        var redirected = await admin.FollowAsync(response);
        var refreshed = await admin.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/media", response.Headers.Location!.OriginalString);
        Assert.Equal("Đã tải lên anh.jpg.", AdminSite.Text(redirected, "media-message"));
        Assert.Null(AdminSite.Text(refreshed, "media-message"));
        Assert.Equal(["anh.jpg"], refreshed.QuerySelectorAll("[data-testid=media-file]").Select(f => f.GetAttribute("data-path")));
    }

    [Fact]
    public async Task Upload_ProgramRenamedJpg_IsRefusedAndNotStored()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var program = new byte[4096];
        "MZ"u8.CopyTo(program);

        var response = await UploadAsync(admin, "anh-dep.jpg", program);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = AdminSession.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Nội dung tệp 'anh-dep.jpg' không phải là ảnh jpeg: tệp bị từ chối.", AdminSite.Text(page, "media-error"));
        Assert.False(Directory.Exists(Path.Combine(database.AppDataPath, "media")) && Directory.EnumerateFiles(Path.Combine(database.AppDataPath, "media")).Any());
    }

    [Fact]
    public async Task Upload_PngNamedPdf_IsRefusedForTheMismatch()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var response = await UploadAsync(admin, "bao-cao.pdf", Png());

        Assert.Equal("Nội dung tệp 'bao-cao.pdf' là ảnh png, không khớp với phần mở rộng '.pdf'.",
            AdminSite.Text(AdminSession.Parse(await response.Content.ReadAsStringAsync()), "media-error"));
    }

    [Fact]
    public async Task Upload_OverTheConfiguredLimit_IsRefusedWithTheLimit()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database, new Dictionary<string, string?> { ["Portal:Media:MaxUploadBytes"] = "2048" });
        var admin = await AdminSession.SignInAsync(site);
        var pdf = new byte[5000];
        "%PDF-1.7\n"u8.CopyTo(pdf);

        var response = await UploadAsync(admin, "tai-lieu.pdf", pdf);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Tệp 'tai-lieu.pdf' nặng 4 KB, vượt giới hạn 2 KB.", AdminSite.Text(AdminSession.Parse(await response.Content.ReadAsStringAsync()), "media-error"));
    }

    [Fact]
    public async Task Upload_ImageWiderThanTheLimit_IsRefusedBeforeDecoding()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database, new Dictionary<string, string?> { ["Portal:Media:MaxImageSide"] = "500" });
        var admin = await AdminSession.SignInAsync(site);

        var response = await UploadAsync(admin, "to.jpg", Jpeg(800, 600));

        Assert.Contains("Ảnh quá lớn (800×600 điểm ảnh)", AdminSite.Text(AdminSession.Parse(await response.Content.ReadAsStringAsync()), "media-error"));
    }

    [Fact]
    public async Task Upload_WordAndExcelDocuments_AreAcceptedByTheirContent()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(admin, "cong-van.docx", OfficeZip("word/document.xml"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(admin, "so-lieu.xlsx", OfficeZip("xl/workbook.xml"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(admin, "gia.docx", OfficeZip("xl/workbook.xml"))).StatusCode);
        var download = await site.CreateClient().GetAsync("/media/cong-van.docx");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task Media_WidthParameter_ServesANarrowerCachedCopy()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        await UploadAsync(admin, "rong.jpg", Jpeg(1200, 800));
        var reader = site.CreateClient();

        var resized = await reader.GetByteArrayAsync("/media/rong.jpg?width=300");
        var larger = await reader.GetByteArrayAsync("/media/rong.jpg?width=5000");

        Assert.Equal(320, Image.Identify(resized).Width);
        Assert.Equal(1200, Image.Identify(larger).Width);
        Assert.True(File.Exists(Path.Combine(database.AppDataPath, "media-cache", "320", "rong.jpg")));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/media/%2e%2e/portal.db")).StatusCode);
    }

    [Fact]
    public async Task Author_UploadsButCannotDelete()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        await AdminSession.CreateUserAsync(site, "tacgia", "Author");
        var author = await AdminSession.SignInAsync(site, "tacgia", AdminSession.Password);

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(author, "anh.png", Png())).StatusCode);
        var page = await author.GetPageAsync("/admin/media");
        Assert.Null(page.QuerySelector("[data-testid=media-delete]"));
        var forged = await author.PostAsync("/admin/media?handler=Delete", page, [new("path", "anh.png")]);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.True(File.Exists(Path.Combine(database.AppDataPath, "media", "anh.png")));
    }

    [Fact]
    public async Task Editor_CreatesFolderUploadsIntoItAndDeletes()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var page = await admin.GetPageAsync("/admin/media");

        await admin.SubmitAsync(page, "[data-testid=media-folder-form]", new() { ["name"] = "Hội nghị 2026" });
        await UploadAsync(admin, "anh.png", Png(), folder: "hoi-nghi-2026");
        var folder = await admin.GetPageAsync("/admin/media?folder=hoi-nghi-2026");
        var deleted = await admin.SubmitAsync(folder, "[data-testid=media-file] form[action*=Delete]", []);

        Assert.Equal("/admin/media?folder=hoi-nghi-2026", deleted.Headers.Location?.OriginalString);
        Assert.Equal("Đã xóa tệp.", AdminSite.Text(await admin.FollowAsync(deleted), "media-message"));
        Assert.True(Directory.Exists(Path.Combine(database.AppDataPath, "media", "hoi-nghi-2026")));
        Assert.False(File.Exists(Path.Combine(database.AppDataPath, "media", "hoi-nghi-2026", "anh.png")));
    }

    private static byte[] OfficeZip(string mainPart)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", mainPart })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }

        return stream.ToArray();
    }
}
