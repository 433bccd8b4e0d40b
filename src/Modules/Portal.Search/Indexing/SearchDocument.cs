namespace Portal.Search.Indexing;

/// <summary>
/// What the index keeps of one published item: its id, type and date, and its words already folded and joined by
/// spaces (see <see cref="Text.SearchTokenizer"/>): the title's, and those of every other text of the item.
/// </summary>
public sealed record SearchDocument(string ContentItemId, string ContentType, DateTime PublishedUtc, string TitleWords, string BodyWords);
