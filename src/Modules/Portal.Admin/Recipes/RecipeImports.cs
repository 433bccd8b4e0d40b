using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Recipes;

namespace Portal.Admin.Recipes;

/// <summary>
/// The dashboard's import: keep an upload, dry-run a chosen recipe, then import exactly the bytes that were planned
/// with the same choice about unsupported steps. Pages only render what this returns.
/// </summary>
public sealed class RecipeImports(
    RecipeCatalog catalog,
    RecipeUploadStore uploads,
    RecipeExecutor executor,
    IServiceProvider services,
    IOptions<RecipeDashboardOptions> options,
    ILogger<RecipeImports> logger)
{
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    /// <summary>The recipes shipped in <c>recipes/</c>.</summary>
    public IReadOnlyList<RecipeDescriptor> Catalog() => catalog.List();

    /// <summary>
    /// Checks an upload (size, UTF-8, JSON, a recipe) and keeps it for the plan and the confirmation; throws
    /// <see cref="RecipeException"/> with the reason when it is refused (nothing is kept then).
    /// </summary>
    public async Task<RecipeImportSource> UploadAsync(Stream upload, string? fileName, CancellationToken cancellationToken)
    {
        // Keep one byte past the limit: RecipeUpload then refuses the file as too big with its own message.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= MaxUploadBytes && (read = await upload.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        await RecipeUpload.ReadAsync(buffer, fileName, MaxUploadBytes, cancellationToken);
        var id = await uploads.SaveAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        return RecipeImportSource.Upload(id, fileName);
    }

    /// <summary>The dry run: what the import would do, with nothing written. Throws <see cref="RecipeException"/> when the source cannot be read.</summary>
    public async Task<RecipeImportPlan> PlanAsync(RecipeImportSource source, bool skipUnsupported, PortalUser? admin, CancellationToken cancellationToken)
    {
        var (recipe, hash) = await LoadAsync(source, cancellationToken);
        var report = await executor.RunAsync(recipe, await OptionsAsync(dryRun: true, skipUnsupported, admin), cancellationToken: cancellationToken);
        return new RecipeImportPlan(source, hash, skipUnsupported, report);
    }

    /// <summary>
    /// Imports the recipe the plan was made from. Refuses (throws <see cref="RecipeException"/>) when its bytes are no
    /// longer those planned. An upload is deleted once imported, whatever the outcome: it is never applied twice.
    /// </summary>
    public async Task<RecipeReport> ImportAsync(RecipeImportSource source, bool skipUnsupported, string plannedSha256, PortalUser? admin, CancellationToken cancellationToken)
    {
        var (recipe, hash) = await LoadAsync(source, cancellationToken);
        if (!string.Equals(hash, plannedSha256, StringComparison.Ordinal))
        {
            throw Refused("Recipe đã thay đổi sau khi chạy thử, nên không nhập. Hãy chạy thử lại và xem kế hoạch mới.");
        }

        try
        {
            var report = await executor.RunAsync(recipe, await OptionsAsync(dryRun: false, skipUnsupported, admin), cancellationToken: cancellationToken);
            logger.LogInformation("Recipe {Recipe} ({Source}) imported from the dashboard by {User}: {Outcome}",
                report.RecipeName, source.Label, admin?.UserName, report.Succeeded ? "succeeded" : $"refused, {report.Errors.Count} errors");
            return report;
        }
        finally
        {
            if (source.IsUpload)
            {
                uploads.Delete(source.UploadId);
            }
        }
    }

    private async Task<RecipeRunOptions> OptionsAsync(bool dryRun, bool skipUnsupported, PortalUser? admin) => new()
    {
        DryRun = dryRun,
        SkipUnsupported = skipUnsupported,
        Parameters = await RecipeParameters.ForAdministratorAsync(services, admin),
    };

    private async Task<(RecipeDocument Recipe, string Sha256)> LoadAsync(RecipeImportSource source, CancellationToken cancellationToken)
    {
        if (source.IsUpload)
        {
            var uploaded = await uploads.ReadAsync(source.UploadId, cancellationToken)
                ?? throw Refused("Tệp tải lên không còn trên máy chủ (đã được nhập, hoặc đã quá một ngày). Hãy tải lên lại.");
            // An upload has no folder: it may not name files on the server.
            return (RecipeReader.Read(uploaded, baseDirectory: null, source.UploadName), Sha256(uploaded));
        }

        var shipped = catalog.List().FirstOrDefault(r => r.FileName.Equals(source.CatalogFile, StringComparison.Ordinal))
            ?? throw Refused($"Không có recipe '{source.CatalogFile}' trong thư mục recipes/.");
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(shipped.FullPath, cancellationToken);
        }
        catch (IOException ex)
        {
            throw Refused($"Không đọc được recipes/{shipped.FileName}: {ex.Message}");
        }

        return (RecipeReader.Read(bytes, Path.GetDirectoryName(shipped.FullPath), shipped.FileName), Sha256(bytes));
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static RecipeException Refused(string message) => new(new RecipeError(null, null, "", message));
}
