namespace Portal.Core.Content;

/// <summary>Which version of an item to read.</summary>
public enum VersionOptions
{
    /// <summary>The version readers see; none when the item is a draft only or removed.</summary>
    Published,

    /// <summary>The newest version, draft or published; what editors edit.</summary>
    Latest,
}
