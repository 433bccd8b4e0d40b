using System.Text.RegularExpressions;

namespace Portal.Core.Json;

/// <summary>
/// What System.Text.Json's reader says of broken JSON (in English), said in Vietnamese for an admin who wrote a recipe
/// by hand: the common mistakes (a missing comma, single quotes, a bracket left open) get a sentence that names the fix;
/// anything else keeps the reader's own words.
/// </summary>
public static partial class JsonErrorText
{
    private static readonly (Regex Pattern, Func<Match, string> Say)[] Known =
    [
        (AfterValue(), m => $"thiếu dấu phẩy hoặc dấu đóng: sau một giá trị phải là ',' (nếu còn mục tiếp theo) hoặc '}}' / ']', ở đây lại là {Quote(m)}."),
        (StartOfValue(), m => $"{Quote(m)} không thể mở đầu một giá trị: chuỗi phải nằm trong dấu nháy kép \"...\" (không dùng nháy đơn), còn lại là số, true, false, null, {{ }} hoặc [ ]."),
        (StartOfProperty(), m => $"tên thuộc tính phải nằm trong dấu nháy kép \"...\", ở đây lại là {Quote(m)} (hoặc thừa một dấu phẩy ngay trước)."),
        (AfterPropertyName(), m => $"sau tên thuộc tính phải là dấu hai chấm ':', ở đây lại là {Quote(m)}."),
        (WithinString(), m => $"{Quote(m)} không được đứng trần trong một chuỗi: xuống dòng viết là \\n, tab là \\t, dấu nháy kép là \\\"."),
        (WithoutOpen(), m => $"{Quote(m)} đóng một dấu ngoặc chưa được mở."),
        (AfterSingleValue(), m => $"sau dấu '}}' cuối cùng của recipe còn nội dung thừa ({Quote(m)})."),
        (Literal(), m => $"{Quote(m)} không hợp lệ: phải viết đúng {m.Groups[2].Value} (chữ thường, không có dấu nháy)."),
        (EndOfNumber(), m => $"số viết sai ở {Quote(m)}: số không có dấu nháy, dùng dấu chấm cho phần thập phân (ví dụ 2.5)."),
        (OpenAtEnd(), _ => "tệp kết thúc khi vẫn còn dấu '{' hoặc '[' chưa được đóng."),
        (EndOfString(), _ => "một chuỗi chưa có dấu nháy kép đóng trước khi tệp kết thúc."),
        (NoTokens(), _ => "tệp trống, không có nội dung JSON nào."),
        (TooDeep(), m => $"các dấu ngoặc lồng nhau quá {m.Groups[1].Value} tầng."),
        (EndAfterComma(), _ => "tệp kết thúc ngay sau một dấu phẩy: còn thiếu mục tiếp theo và dấu đóng '}' / ']' (hoặc thừa dấu phẩy đó)."),
        (EndBeforeValue(), _ => "tệp kết thúc khi một thuộc tính còn chưa có giá trị (thiếu ': giá trị' và dấu đóng)."),
        (EndInNumber(), _ => "tệp kết thúc giữa một số (sau dấu '-', dấu chấm hoặc chữ e phải có chữ số)."),
        (EndInComment(), _ => "một chú thích mở bằng /* chưa được đóng bằng */."),
        (BadEscape(), m => $"\\{m.Groups[1].Value} không phải ký tự thoát hợp lệ trong chuỗi: dấu \\ viết là \\\\ (ví dụ đường dẫn C:\\\\thu-muc), xuống dòng là \\n."),
        (BadUnicodeEscape(), _ => "sau \\u phải có đúng 4 chữ số thập lục phân (ví dụ \\u00e9 là é)."),
    ];

    /// <summary>The reader's message in Vietnamese when it is a known one; otherwise the message itself.</summary>
    public static string Vietnamese(string readerMessage)
    {
        foreach (var (pattern, say) in Known)
        {
            if (pattern.Match(readerMessage) is { Success: true } match)
            {
                return say(match);
            }
        }

        return readerMessage;
    }

    /// <summary>The character the reader stopped at, as the admin sees it in their editor.</summary>
    private static string Quote(Match match) => $"'{match.Groups[1].Value}'";

    [GeneratedRegex(@"^'(.+?)' is invalid after a value\. Expected either ','")]
    private static partial Regex AfterValue();

    [GeneratedRegex(@"^'(.+?)' is an invalid start of a value\.")]
    private static partial Regex StartOfValue();

    [GeneratedRegex(@"^'(.+?)' is an invalid start of a property name\.")]
    private static partial Regex StartOfProperty();

    [GeneratedRegex(@"^'(.+?)' is invalid after a property name\.")]
    private static partial Regex AfterPropertyName();

    [GeneratedRegex(@"^'(.+?)' is invalid within a JSON string\.")]
    private static partial Regex WithinString();

    [GeneratedRegex(@"^'(.+?)' is invalid without a matching open\.")]
    private static partial Regex WithoutOpen();

    [GeneratedRegex(@"^'(.+?)' is invalid after a single JSON value\.")]
    private static partial Regex AfterSingleValue();

    [GeneratedRegex(@"^'(.+?)' is an invalid JSON literal\. Expected the literal '(\w+)'\.")]
    private static partial Regex Literal();

    [GeneratedRegex(@"^'(.+?)' is an invalid end of a number\.")]
    private static partial Regex EndOfNumber();

    [GeneratedRegex(@"^Expected depth to be zero at the end of the JSON payload\.")]
    private static partial Regex OpenAtEnd();

    [GeneratedRegex(@"^Expected end of string, but instead reached end of data\.")]
    private static partial Regex EndOfString();

    [GeneratedRegex(@"^The input does not contain any JSON tokens\.")]
    private static partial Regex NoTokens();

    [GeneratedRegex(@"^The maximum configured depth of (\d+) has been exceeded\.")]
    private static partial Regex TooDeep();

    [GeneratedRegex(@"^Expected start of a property name or value, but instead reached end of data\.")]
    private static partial Regex EndAfterComma();

    [GeneratedRegex(@"^Expected a value, but instead reached end of data\.")]
    private static partial Regex EndBeforeValue();

    [GeneratedRegex(@"^Expected a digit \('0'-'9'\), but instead reached end of data\.")]
    private static partial Regex EndInNumber();

    [GeneratedRegex(@"^Expected end of comment, but instead reached end of data\.")]
    private static partial Regex EndInComment();

    [GeneratedRegex(@"^'(.+?)' is an invalid escapable character within a JSON string\.")]
    private static partial Regex BadEscape();

    [GeneratedRegex(@"^'.+?' is not a hex digit following '\\u' within a JSON string\.")]
    private static partial Regex BadUnicodeEscape();
}
