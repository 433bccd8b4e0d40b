namespace Portal.Core.Content;

/// <summary>
/// A save made on top of a version that someone else changed meanwhile. Nothing was written; the editor
/// keeps what they typed and can compare with the current version.
/// </summary>
public sealed class ContentConcurrencyException(string contentItemId, string? currentVersionId)
    : Exception($"Nội dung {contentItemId} đã được người khác thay đổi trong lúc bạn sửa. Hãy tải lại để xem phiên bản mới nhất trước khi lưu.")
{
    public string ContentItemId { get; } = contentItemId;

    /// <summary>The version that is now the latest, if any.</summary>
    public string? CurrentVersionId { get; } = currentVersionId;
}
