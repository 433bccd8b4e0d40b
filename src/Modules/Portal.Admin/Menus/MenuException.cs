namespace Portal.Admin.Menus;

/// <summary>A menu change refused; the message is for the editor, in Vietnamese.</summary>
public sealed class MenuException(string message) : Exception(message);
