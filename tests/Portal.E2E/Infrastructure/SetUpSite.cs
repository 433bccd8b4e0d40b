namespace Portal.E2E.Infrastructure;

/// <summary>A site as the first start leaves it: set up by the site recipe alone.</summary>
public sealed class SetUpSite : SiteFixture;
