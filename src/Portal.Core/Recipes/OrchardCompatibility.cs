namespace Portal.Core.Recipes;

/// <summary>
/// The Orchard Core parts and fields this build gives behaviour to (stored, validated, indexed, shown).
/// Others are imported and kept as they are, and a dry run lists them so an admin knows what will not show.
/// The README's compatibility table says the same in words; keep the two together.
/// </summary>
public static class OrchardCompatibility
{
    /// <summary>Parts with behaviour here; a part that only holds a type's fields is known too (see <see cref="IsKnownPart"/>).</summary>
    public static readonly IReadOnlySet<string> SupportedParts = new HashSet<string>(StringComparer.Ordinal)
    {
        "TitlePart", "AutoroutePart", "AliasPart", "HtmlBodyPart", "MarkdownBodyPart", "TaxonomyPart", "TermPart",
        "MenuPart", "MenuItemsListPart", "LinkMenuItemPart",
    };

    /// <summary>Fields this build edits, indexes and hands to templates.</summary>
    public static readonly IReadOnlySet<string> SupportedFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "TextField", "HtmlField", "DateTimeField", "DateField", "NumericField", "BooleanField", "LinkField",
        "MediaField", "ContentPickerField", "TaxonomyField", "MultiTextField",
    };

    /// <summary>True for a supported part, or a part that exists to hold fields (defined with fields, or named after its type).</summary>
    public static bool IsKnownPart(string partName, string typeName, bool definedWithFields) =>
        SupportedParts.Contains(partName) || definedWithFields || string.Equals(partName, typeName, StringComparison.Ordinal);
}
