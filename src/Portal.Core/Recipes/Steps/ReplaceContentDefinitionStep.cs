using Portal.Core.Content.Definitions;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// Orchard Core's <c>ReplaceContentDefinition</c> step: the same shape as <c>ContentDefinition</c>, but each type and
/// part named takes the place of the stored one, so parts and fields it no longer lists are taken off (their values stay
/// in the items, as for any part the site does not show). The plan says which ones ("bỏ phần ...").
/// </summary>
public sealed class ReplaceContentDefinitionStep(ContentDefinitionManager definitions) : ContentDefinitionStep(definitions)
{
    public override string Name => "ReplaceContentDefinition";

    protected override bool Replaces => true;
}
