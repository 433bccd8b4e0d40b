using Portal.Core.Text;
using Portal.Search.Services;

namespace Portal.Web;

/// <summary><c>search rebuild</c>: the search index made again from every published item.</summary>
public static class SearchCommands
{
    public static async Task<int> RebuildAsync(WebApplication app, CommandArguments arguments)
    {
        await CommandLine.InitializeAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<SearchIndexRebuilder>().RebuildAsync();
        Console.Out.WriteLine($"Đã dựng lại chỉ mục tìm kiếm: {VietnameseDates.FormatNumber(count)} nội dung.");
        return 0;
    }
}
