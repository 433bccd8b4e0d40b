using System.Text;
using System.Text.Json;

namespace Portal.Core.Json;

/// <summary>
/// A name written twice in one JSON object. JsonNode takes such input, then throws an ArgumentException when the object
/// is first read: input from users is parsed with <see cref="Refused"/> instead, and the place is found here for the message.
/// </summary>
public static class DuplicateProperties
{
    /// <summary>Document options that turn a repeated name into a <see cref="JsonException"/> at parse time.</summary>
    public static JsonDocumentOptions Refused(JsonDocumentOptions options)
    {
        options.AllowDuplicateProperties = false;
        return options;
    }

    /// <summary>The first repeated name and where it is written the second time (zero-based line, column in characters).</summary>
    public static (string Name, long Line, long Column)? FindFirst(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(utf8, options);
        var objects = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        objects.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        objects.Pop();
                        break;
                    case JsonTokenType.PropertyName when !objects.Peek().Add(reader.GetString()!):
                        var before = utf8[..(int)reader.TokenStartIndex];
                        var lineStart = before.LastIndexOf((byte)'\n') + 1;
                        return (reader.GetString()!, before.Count((byte)'\n'), Encoding.UTF8.GetCharCount(before[lineStart..]));
                }
            }
        }
        catch (JsonException)
        {
            // Broken further on: the parser reports that itself.
        }

        return null;
    }
}
