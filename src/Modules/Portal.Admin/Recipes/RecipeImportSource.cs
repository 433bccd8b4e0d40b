namespace Portal.Admin.Recipes;

/// <summary>
/// The recipe an admin chose: one of <c>recipes/</c> by its file name, or an upload kept by <see cref="RecipeUploadStore"/>
/// by its id. <see cref="UploadName"/> is the uploaded file's name, for display only.
/// </summary>
public sealed record RecipeImportSource(string? CatalogFile, string? UploadId, string? UploadName)
{
    public bool IsUpload => UploadId is not null;

    /// <summary>An upload by id; the name (sent back by the browser) is cut to a bare file name, since it is only shown.</summary>
    public static RecipeImportSource Upload(string id, string? name)
    {
        var fileName = Path.GetFileName((name ?? "").Replace('\\', '/'));
        return new RecipeImportSource(null, id, fileName.Length > 200 ? fileName[..200] : fileName);
    }

    /// <summary>What the page shows as the source.</summary>
    public string Label => IsUpload ? $"tệp tải lên {UploadName}".TrimEnd() : $"recipes/{CatalogFile}";
}
