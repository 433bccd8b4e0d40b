namespace Portal.Search.Text;

/// <summary>A piece of text to show, marked when it is a matched word. Templates encode <see cref="Text"/> as usual.</summary>
public sealed record TextSegment(string Text, bool Marked);
