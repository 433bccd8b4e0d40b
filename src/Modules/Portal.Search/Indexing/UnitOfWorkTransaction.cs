using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.Search.Indexing;

/// <summary>
/// Makes index writes part of the content save that causes them. Handlers run before the content manager saves;
/// a recipe already holds a transaction, which the writes simply join. A single save has none yet (EF Core opens
/// one inside SaveChanges, too late for raw SQL), so one is begun here, and committed when that save succeeds or
/// rolled back when it fails: the item and its index row are stored together or not at all.
/// </summary>
internal static class UnitOfWorkTransaction
{
    /// <summary>Joins the context's transaction, or begins one that the next save ends; returns the one begun, if any.</summary>
    public static async Task<IDbContextTransaction?> EnsureAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return null;
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        EventHandler<SavedChangesEventArgs>? saved = null;
        EventHandler<SaveChangesFailedEventArgs>? failed = null;
        saved = (_, _) => End(commit: true);
        failed = (_, _) => End(commit: false);
        db.SavedChanges += saved;
        db.SaveChangesFailed += failed;

        void End(bool commit)
        {
            db.SavedChanges -= saved;
            db.SaveChangesFailed -= failed;
            // Someone may have ended it already (a caller that commits the context's transaction itself).
            if (db.Database.CurrentTransaction == transaction)
            {
                if (commit)
                {
                    transaction.Commit();
                }
                else
                {
                    transaction.Rollback();
                }
            }

            transaction.Dispose();
        }

        return transaction;
    }
}
