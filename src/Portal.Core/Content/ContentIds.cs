using System.Security.Cryptography;

namespace Portal.Core.Content;

/// <summary>Makes 26-character ids like Orchard Core's: random, URL-safe, lower case.</summary>
public static class ContentIds
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[17];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[26];
        for (var i = 0; i < chars.Length; i++)
        {
            // 26 characters of 5 bits each take 130 bits; the 136 random bits cover them.
            var bit = i * 5;
            var value = ((bytes[bit / 8] << 8) | bytes[(bit / 8) + 1]) >> (11 - (bit % 8)) & 31;
            chars[i] = Alphabet[value];
        }

        return new string(chars);
    }
}
