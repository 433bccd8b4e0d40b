namespace Portal.Admin.Trees;

/// <summary>A change to a menu or a taxonomy refused; the message is for the editor, in Vietnamese.</summary>
public sealed class TreeException(string message) : Exception(message);
