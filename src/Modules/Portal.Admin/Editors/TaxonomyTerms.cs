using System.Text.Json.Nodes;
using Portal.Core.Content;
using Portal.Core.Json;

namespace Portal.Admin.Editors;

/// <summary>Reads the terms of a taxonomy item (TaxonomyPart.Terms, nested in Terms of each term).</summary>
public static class TaxonomyTerms
{
    /// <summary>Every term, depth-first, with its depth.</summary>
    public static List<TermChoice> Flatten(ContentItem? taxonomy)
    {
        var result = new List<TermChoice>();
        Walk(taxonomy?.Part("TaxonomyPart")?["Terms"] as JsonArray, 0, result);
        return result;
    }

    private static void Walk(JsonArray? terms, int depth, List<TermChoice> result)
    {
        foreach (var term in (terms ?? []).OfType<JsonObject>())
        {
            var id = term.GetString("ContentItemId");
            if (id is null)
            {
                continue;
            }

            var name = (term["TitlePart"] as JsonObject)?.GetString("Title") ?? term.GetString("DisplayText") ?? id;
            result.Add(new TermChoice(id, name, depth));
            Walk(term["Terms"] as JsonArray, depth + 1, result);
        }
    }
}
