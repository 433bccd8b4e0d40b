namespace Portal.Core.Recipes.Export;

/// <summary>
/// The order of steps in an export, so that what a step needs is imported before it: types before content,
/// media files before the content that shows them, module steps last.
/// </summary>
public static class RecipeExportOrder
{
    public const int Features = 0;
    public const int Themes = 100;
    public const int Settings = 200;
    public const int Roles = 300;
    public const int ContentDefinitions = 400;
    public const int Media = 500;
    public const int Content = 600;
    public const int Modules = 700;
}
