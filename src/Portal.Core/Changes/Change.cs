namespace Portal.Core.Changes;

/// <summary>Something committed that caches must forget: a content item or a document (key "*" means all of that kind).</summary>
public sealed record Change(string Kind, string Key)
{
    public const string ContentKind = "content";
    public const string DocumentKind = "document";
    public const string All = "*";

    public static Change Content(string contentItemId) => new(ContentKind, contentItemId);

    public static Change Document(string documentId) => new(DocumentKind, documentId);

    public bool IsAll => Key == All;
}
