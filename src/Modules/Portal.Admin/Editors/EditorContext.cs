namespace Portal.Admin.Editors;

/// <summary>What editors need while binding a form: the site's time zone and the place to put input errors.</summary>
public sealed class EditorContext(TimeZoneInfo timeZone)
{
    public TimeZoneInfo TimeZone { get; } = timeZone;

    /// <summary>Errors found while reading the form (an unreadable number...), keyed like validation errors.</summary>
    public List<Portal.Core.Content.ContentError> Errors { get; } = [];

    public void AddError(EditorSlot slot, string message) => Errors.Add(new Portal.Core.Content.ContentError(slot.Key, message));
}
