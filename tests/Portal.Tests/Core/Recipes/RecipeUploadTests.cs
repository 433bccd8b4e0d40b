using System.Text;
using Portal.Core.Recipes;

namespace Portal.Tests.Core.Recipes;

/// <summary>What an admin uploads is refused with a message unless it is a UTF-8 JSON recipe of a sensible size.</summary>
public sealed class RecipeUploadTests
{
    [Fact]
    public async Task Read_TooBig_IsRefusedWithTheLimit()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() =>
            RecipeUpload.ReadAsync(new MemoryStream(new byte[3 * 1024 * 1024]), "lon.recipe.json", maxBytes: 2 * 1024 * 1024));
        Assert.Contains("'lon.recipe.json' quá lớn", error.Message);
        Assert.Contains("2 MB", error.Message);
    }

    [Fact]
    public async Task Read_Empty_IsRefused() =>
        Assert.Contains("rỗng", (await Assert.ThrowsAsync<RecipeException>(() => RecipeUpload.ReadAsync(new MemoryStream(), "x.json"))).Message);

    [Fact]
    public async Task Read_NotUtf8_IsRefused()
    {
        var latin1 = Encoding.Latin1.GetBytes("{ \"name\": \"Hội\", \"steps\": [] }".Replace("ộ", "é"));
        var error = await Assert.ThrowsAsync<RecipeException>(() => RecipeUpload.ReadAsync(new MemoryStream(latin1), "x.json"));
        Assert.Contains("không phải văn bản UTF-8", error.Message);
    }

    [Fact]
    public async Task Read_NotJson_IsRefusedWithLine()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RecipeUpload.ReadAsync(Utf8("<html>\n<body>Không phải JSON</body>"), "trang.html"));
        Assert.Contains("JSON không hợp lệ", error.Message);
        Assert.Equal(1, error.Errors.Single().Line);
    }

    [Fact]
    public async Task Read_JsonThatIsNotARecipe_IsRefused()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => RecipeUpload.ReadAsync(Utf8("""{ "ContentItemId": "abc" }"""), "item.json"));
        Assert.Contains("không phải là recipe", error.Message);
    }

    [Fact]
    public async Task Read_RecipeWithByteOrderMark_IsReadWithoutAFolder()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{ "name": "tai-len", "displayName": "Tải lên", "steps": [] }""")).ToArray();
        var recipe = await RecipeUpload.ReadAsync(new MemoryStream(bytes), "tai-len.recipe.json");
        Assert.Equal("Tải lên", recipe.DisplayName);
        Assert.Null(recipe.BaseDirectory);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
