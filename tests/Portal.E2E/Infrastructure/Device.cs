namespace Portal.E2E.Infrastructure;

/// <summary>What the reader holds; see <see cref="DeviceProfiles"/>.</summary>
public enum Device
{
    /// <summary>A 1280×800 desktop browser.</summary>
    Desktop,

    /// <summary>A 375×812 touch phone.</summary>
    Phone,
}
