using Microsoft.AspNetCore.Http;
using Portal.Theming.Rendering;

namespace Portal.Tests.Theming.Rendering;

public sealed class PagerTests
{
    [Fact]
    public void Links_MiddleOfManyPages_ShowsFirstLastWindowAndGaps()
    {
        var pager = new Pager("/tin-tuc", current: 50, pageSize: 10, totalItems: 100_000);

        var labels = pager.Links.Select(l => l.IsGap ? "…" : l.Number.ToString()).ToList();

        Assert.Equal(["1", "…", "48", "49", "50", "51", "52", "…", "10000"], labels);
        Assert.Equal("/tin-tuc?page=49", pager.PreviousUrl);
        Assert.Equal("/tin-tuc?page=51", pager.NextUrl);
        Assert.Equal(490, pager.Skip);
        Assert.True(pager.Links.Single(l => l.Number == 50).IsCurrent);
    }

    [Fact]
    public void UrlOf_FirstPage_IsTheListPathWithoutQuery()
    {
        var pager = new Pager("/tin-tuc/tin-hoat-dong", current: 2, pageSize: 10, totalItems: 26);

        Assert.Equal("/tin-tuc/tin-hoat-dong", pager.PreviousUrl);
        Assert.Equal(3, pager.PageCount);
        Assert.Equal("/tin-tuc/tin-hoat-dong?page=3", pager.NextUrl);
    }

    [Fact]
    public void PageCount_EmptyList_IsOnePageWithoutLinks()
    {
        var pager = new Pager("/su-kien", current: 1, pageSize: 10, totalItems: 0);

        Assert.Equal(1, pager.PageCount);
        Assert.False(pager.HasPages);
        Assert.Null(pager.PreviousUrl);
        Assert.Null(pager.NextUrl);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("?page=1", 1)]
    [InlineData("?page=7", 7)]
    [InlineData("?page=0", null)]
    [InlineData("?page=-1", null)]
    [InlineData("?page=abc", null)]
    [InlineData("?page=1.5", null)]
    [InlineData("?page=+2", null)]
    [InlineData("?page=", null)]
    [InlineData("?page=2&page=3", null)]
    [InlineData("?page=99999999999", null)]
    [InlineData("?page=100000", 100_000)]
    [InlineData("?page=100001", null)]
    [InlineData("?page=300000000", null)]
    public void PageNumber_QueryValue_IsAWholeNumberFromOneOrNothing(string query, int? expected)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);

        Assert.Equal(expected, PageNumber.From(context.Request));
    }
}
