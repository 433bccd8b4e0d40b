namespace Portal.Contents.Models;

/// <summary>A menu found by its alias: its title and its top-level items.</summary>
public sealed record MenuViewModel(string Alias, string Title, IReadOnlyList<MenuItemViewModel> Items);
