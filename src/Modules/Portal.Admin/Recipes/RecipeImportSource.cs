namespace Portal.Admin.Recipes;

/// <summary>
/// The recipe an admin chose: one of <c>recipes/</c> by its file name, or an upload kept by <see cref="RecipeUploadStore"/>
/// by its id. <see cref="UploadName"/> is the uploaded file's name, for display only.
/// </summary>
public sealed record RecipeImportSource(string? CatalogFile, string? UploadId, string? UploadName)
{
    public bool IsUpload => UploadId is not null;

    /// <summary>What the page shows as the source.</summary>
    public string Label => IsUpload ? $"tệp tải lên {UploadName}".TrimEnd() : $"recipes/{CatalogFile}";
}
