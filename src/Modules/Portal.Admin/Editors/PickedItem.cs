namespace Portal.Admin.Editors;

/// <summary>An item that a ContentPickerField can point to, as the picker lists it.</summary>
public sealed record PickedItem(string ContentItemId, string DisplayText, string ContentType, bool Published);
