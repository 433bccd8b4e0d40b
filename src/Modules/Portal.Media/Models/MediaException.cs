namespace Portal.Media.Models;

/// <summary>A media operation refused because of its input (too big, wrong type, bad name); the message is for the editor, in Vietnamese.</summary>
public sealed class MediaException(string message) : Exception(message);
