using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Core.Data;

/// <summary>The real errors of both databases, told apart: a taken path is the editor's to fix, anything else is a race.</summary>
public sealed class UniqueViolationsTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Of_SecondPublishedRowAtAPath_IsThePublishedPath(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        await using var db = site.OpenDb();
        db.Autoroutes.Add(Route("item-a"));
        db.Autoroutes.Add(Route("item-b"));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(UniqueViolation.PublishedPath, UniqueViolations.Of(error));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Of_SecondPublishedVersionOfAnItem_IsAnotherRule(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        await using var db = site.OpenDb();
        db.ContentItems.Add(Version("version-1"));
        db.ContentItems.Add(Version("version-2"));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(UniqueViolation.Other, UniqueViolations.Of(error));
    }

    [Fact]
    public void Of_ErrorThatIsNoUniqueViolation_IsNone() =>
        Assert.Equal(UniqueViolation.None, UniqueViolations.Of(new DbUpdateException("disk full", new IOException("disk full"))));

    private static AutorouteRecord Route(string contentItemId) =>
        new() { ContentItemId = contentItemId, Path = "tin-tuc/trung-duong-dan", PathKey = "tin-tuc/trung-duong-dan", Published = true, Latest = true };

    private static ContentItemRecord Version(string versionId) => new()
    {
        ContentItemId = "cung-mot-noi-dung",
        ContentItemVersionId = versionId,
        ContentType = "Article",
        DisplayText = "Cùng một nội dung",
        DisplayTextKey = "cung mot noi dung",
        Published = true,
        Latest = versionId == "version-2",
    };
}
