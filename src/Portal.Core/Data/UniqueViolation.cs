namespace Portal.Core.Data;

/// <summary>Which unique rule of the store a failed save broke, read from the provider's own error.</summary>
public enum UniqueViolation
{
    /// <summary>Not a unique violation.</summary>
    None,

    /// <summary>Another published item took the path (<see cref="PortalDbContext.PublishedPathIndex"/>).</summary>
    PublishedPath,

    /// <summary>Any other unique rule: one published and one latest version per item, version ids.</summary>
    Other,
}
