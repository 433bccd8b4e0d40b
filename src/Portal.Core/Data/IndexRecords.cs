namespace Portal.Core.Data;

/// <summary>A path served by the autoroute: an item's own path, or a term's path inside a taxonomy.</summary>
public sealed class AutorouteRecord
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    /// <summary>Set when the path belongs to an item contained in <see cref="ContentItemId"/> (a taxonomy term).</summary>
    public string? ContainedContentItemId { get; set; }
    public string Path { get; set; } = "";
    /// <summary>The lower-cased path without slashes at either end: the unique lookup key.</summary>
    public string PathKey { get; set; } = "";
    public bool Published { get; set; }
    public bool Latest { get; set; }
}

/// <summary>One selected term of a TaxonomyField, denormalised with what list pages sort by.</summary>
public sealed class TaxonomyRecord
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string PartName { get; set; } = "";
    public string FieldName { get; set; } = "";
    public string TaxonomyContentItemId { get; set; } = "";
    public string TermContentItemId { get; set; } = "";
    public bool Published { get; set; }
    public bool Latest { get; set; }
    public DateTime? PublishedUtc { get; set; }
}

/// <summary>A field value that templates and lists filter or sort on (dates, numbers, picked items, short text).</summary>
public sealed class FieldValueRecord
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string PartName { get; set; } = "";
    public string FieldName { get; set; } = "";
    public bool Published { get; set; }
    public bool Latest { get; set; }
    public DateTime? DateValue { get; set; }
    public decimal? NumberValue { get; set; }
    public string? TextValue { get; set; }
    public bool? BooleanValue { get; set; }
}

/// <summary>A single JSON document (content definitions, site settings...), versioned for concurrency and cache sync.</summary>
public sealed class DocumentRecord
{
    public string Id { get; set; } = "";
    public string Data { get; set; } = "{}";
    public long Version { get; set; }
}
