namespace Portal.E2E.Infrastructure;

/// <summary>Paths of items the site recipe and the demo recipe create (their ids and paths are fixed).</summary>
public static class PublicPaths
{
    public const string SeedArticle = "/tin-tuc/lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-thanh-hoa-lam-viec-voi-tap-the-lanh-dao-huyen-thach-thanh-ve-noi-dung-phoi-hop";
    public const string SeedCategory = "/tin-tuc/tin-hoat-dong-cua-lien-hiep-hoi";
    public const string DemoEvent = "/su-kien/su-kien-mau-5";
    public const string DemoOrganization = "/hoi-thanh-vien/to-chuc-mau-1";
}
