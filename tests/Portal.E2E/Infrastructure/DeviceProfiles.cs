namespace Portal.E2E.Infrastructure;

/// <summary>
/// Browser context options per device: a Vietnamese reader (vi-VN, Asia/Ho_Chi_Minh) with an ordinary browser's
/// User-Agent, not Chromium's "HeadlessChrome" one, which sites (and our visit counter) may treat as a robot.
/// </summary>
public static class DeviceProfiles
{
    public const string DesktopUserAgent =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    public const string PhoneUserAgent =
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

    public static BrowserNewContextOptions For(Device device, Uri baseUrl, string? userAgent = null)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString().TrimEnd('/'),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            AcceptDownloads = true,
        };
        switch (device)
        {
            case Device.Phone:
                options.ViewportSize = new ViewportSize { Width = 375, Height = 812 };
                options.DeviceScaleFactor = 2;
                options.IsMobile = true;
                options.HasTouch = true;
                options.UserAgent = userAgent ?? PhoneUserAgent;
                break;
            default:
                options.ViewportSize = new ViewportSize { Width = 1280, Height = 800 };
                options.UserAgent = userAgent ?? DesktopUserAgent;
                break;
        }

        return options;
    }
}
