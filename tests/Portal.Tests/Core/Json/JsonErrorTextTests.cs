using Portal.Core.Recipes;

namespace Portal.Tests.Core.Json;

/// <summary>A recipe written by hand with the usual mistakes: the admin reads what to fix, in Vietnamese, and where.</summary>
public sealed class JsonErrorTextTests
{
    [Theory]
    [InlineData("{\"name\": \"x\"\n \"steps\": []}", 2, "thiếu dấu phẩy hoặc dấu đóng: sau một giá trị phải là ',' (nếu còn mục tiếp theo) hoặc '}' / ']', ở đây lại là '\"'.")]
    [InlineData("{\"name\": 'Hội thảo', \"steps\": []}", 1, "''' không thể mở đầu một giá trị: chuỗi phải nằm trong dấu nháy kép \"...\" (không dùng nháy đơn), còn lại là số, true, false, null, { } hoặc [ ].")]
    [InlineData("{name: \"x\", \"steps\": []}", 1, "tên thuộc tính phải nằm trong dấu nháy kép \"...\", ở đây lại là 'n' (hoặc thừa một dấu phẩy ngay trước).")]
    [InlineData("{\"name\" \"x\", \"steps\": []}", 1, "sau tên thuộc tính phải là dấu hai chấm ':', ở đây lại là '\"'.")]
    [InlineData("{\"name\": \"x\", \"steps\": [] ]}", 1, "']' đóng một dấu ngoặc chưa được mở.")]
    [InlineData("{\"name\": \"x\", \"steps\": []} thừa", 1, "sau dấu '}' cuối cùng của recipe còn nội dung thừa ('t').")]
    [InlineData("{\"name\": \"x\", \"steps\": [], \"ok\": tru }", 1, "'tru }' không hợp lệ: phải viết đúng true (chữ thường, không có dấu nháy).")]
    [InlineData("{\"name\": \"x\", \"steps\": [], \"n\": 2,5 }", 1, "tên thuộc tính phải nằm trong dấu nháy kép \"...\", ở đây lại là '5' (hoặc thừa một dấu phẩy ngay trước).")]
    [InlineData("{\"name\": \"x\",\n \"steps\": [\n", 3, "tệp kết thúc khi vẫn còn dấu '{' hoặc '[' chưa được đóng.")]
    [InlineData("{\"name\": \"Hội thảo", 1, "một chuỗi chưa có dấu nháy kép đóng trước khi tệp kết thúc.")]
    [InlineData("", 1, "tệp trống, không có nội dung JSON nào.")]
    [InlineData("{\"name\": \"x\",\n \"steps\": [],", 2, "tệp kết thúc ngay sau một dấu phẩy: còn thiếu mục tiếp theo và dấu đóng '}' / ']' (hoặc thừa dấu phẩy đó).")]
    [InlineData("{\"name\"", 1, "tệp kết thúc khi một thuộc tính còn chưa có giá trị (thiếu ': giá trị' và dấu đóng).")]
    [InlineData("{\"name\": \"x\", \"n\": 2.", 1, "tệp kết thúc giữa một số (sau dấu '-', dấu chấm hoặc chữ e phải có chữ số).")]
    [InlineData("{\"name\": \"x\" /* chưa đóng", 1, "một chú thích mở bằng /* chưa được đóng bằng */.")]
    [InlineData("{\"name\": \"C:\\du-lieu\", \"steps\": []}", 1, "\\d không phải ký tự thoát hợp lệ trong chuỗi: dấu \\ viết là \\\\ (ví dụ đường dẫn C:\\\\thu-muc), xuống dòng là \\n.")]
    [InlineData("{\"name\": \"\\u12\", \"steps\": []}", 1, "sau \\u phải có đúng 4 chữ số thập lục phân (ví dụ \\u00e9 là é).")]
    public void Read_CommonMistake_SaysInVietnameseWhatToFixAndOnWhichLine(string json, int line, string message)
    {
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read(json)).Errors.Single();

        Assert.Equal("JSON không hợp lệ: " + message, error.Message);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Read_NameWrittenTwice_IsRefusedWithWhereItIsWrittenAgain()
    {
        const string line = """  "steps": [ { "tên": "content", "tên": "media" } ]""";
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read("{\n  \"name\": \"Hội thảo\",\n" + line + "\n}")).Errors.Single();

        Assert.Equal("JSON không hợp lệ: thuộc tính \"tên\" được ghi hai lần trong cùng một đối tượng; hãy giữ lại một.", error.Message);
        Assert.Equal((3L, (long)line.LastIndexOf("\"tên\"", StringComparison.Ordinal) + 1), (error.Line, error.Column));
    }

    [Fact]
    public void Vietnamese_UnknownMessage_KeepsTheReadersWords() =>
        Assert.Equal("Something new went wrong.", Portal.Core.Json.JsonErrorText.Vietnamese("Something new went wrong."));
}
