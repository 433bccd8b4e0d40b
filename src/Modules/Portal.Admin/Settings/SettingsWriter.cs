using System.Text.Json.Nodes;
using Portal.Core.Changes;
using Portal.Core.Data;
using Portal.Core.Settings;

namespace Portal.Admin.Settings;

/// <summary>Saves a change to the site settings in one unit of work and tells every cache (the public pages show them at once).</summary>
public sealed class SettingsWriter(SiteSettingsManager settings, PortalDbContext db, PendingChanges changes)
{
    public async Task SaveAsync(Action<JsonObject> change, CancellationToken cancellationToken = default)
    {
        await settings.UpdateAsync(change, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishAsync(cancellationToken);
    }
}
