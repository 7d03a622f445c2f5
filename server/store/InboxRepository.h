#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace concierge::store {

// The durable inbox: a webhook message is acknowledged only once its row is committed. Run inside Database jobs.
class InboxRepository
{
public:
    // How long a message id is remembered in recent_message_ids (the duplicate check). WAHA redelivers a webhook it
    // got no 2xx for 15 times by default: 30 s apart at most with its default policy, ~36 h in all (44 h with jitter)
    // with the exponential one (shared/contracts/external-apis.md 1.6). The table's size, hence the leaves a webhook
    // dirties, follows the traffic of this window: 2 days, not more (7 days: 0.67 log frames a webhook on the bench's
    // 1M history spread over 30 days, against 0.26 on an empty database; bench/README.md round 5). A redelivery later
    // than this is handled as a new message (the inbox has no unique index over the whole history: migration 13 on
    // SQLite, 16 on PostgreSQL).
    static constexpr int kRecentIdsDays = 2;

    // The condition of inbox_pending, the pending rows in id order, which its readers repeat: a partial index serves
    // only a WHERE that implies its own. `id > 0` (every row) keeps that index out of the reads of a chat's pending
    // rows, which have inbox_pending_by_chat: PostgreSQL's generic plan made on a new, empty inbox took either, and
    // walked every pending row for each chat (migration 20).
    static inline const QString kPendingById = QStringLiteral("status = 'pending' AND id > 0");

    // Inserts unless the message id is recent (recent_message_ids); sets message.id when inserted. false: duplicate.
    static Result<bool> insertIfNew(DbContext &ctx, InboxMessage &message);
    // insertIfNew() for several messages (a group commit's webhooks): one value per message, in order. PostgreSQL: one
    // statement, one round trip; a message id twice in `messages` is new once (the first). SQLite: one by one (no
    // round trips there, and the prepared statement is reused).
    static Result<std::vector<bool>> insertNew(DbContext &ctx, const std::vector<InboxMessage *> &messages);
    // PostgreSQL: the rows of a batch insert as one bound JSON array for json_to_recordset (columns w, e, c, k, t, p,
    // m, s, a, r, d, ts), each message id once (a later message with the same id is a duplicate of the first).
    static QVariant batchRows(const std::vector<InboxMessage *> &messages);
    static Status setStatus(DbContext &ctx, qint64 id, InboxStatus status, qint64 processedAtMs);
    // setStatus() only while the row is still "pending": false when an earlier commit already settled it (a retry
    // after a COMMIT whose outcome was unknown must not record the message, nor queue its reply, twice).
    static Result<bool> settle(DbContext &ctx, qint64 id, InboxStatus status, qint64 processedAtMs);
    static Status incrementAttempts(DbContext &ctx, qint64 id);
    // Whether the row is still "pending" (false too when it does not exist).
    static Result<bool> isPending(DbContext &ctx, qint64 id);
    // isPending() for each id, in order: the grouped runner of MessageLog::inboxPending (the rows read back, checked
    // before they are handled). PostgreSQL: one statement for all; SQLite: one by one (no round trips there).
    static Result<std::vector<bool>> arePending(DbContext &ctx, const std::vector<qint64 *> &ids);
    // Every row still "pending", oldest first, at once: for tests and tools. The server reads a backlog a window or a
    // page at a time (pendingAfter, pendingForChats): memory bounded whatever its size.
    static Result<QList<InboxMessage>> pending(DbContext &ctx);
    // One chat's first kPendingPerChatRead "pending" rows, oldest first (the holder of its lease drains them). Served
    // by the partial index inbox_pending_by_chat.
    static Result<QList<InboxMessage>> pendingForChat(DbContext &ctx, const QString &chatId);
    // Bounded memory (issue 14): a chat's backlog, however long, is read a page at a time. Its holder reads the next
    // at its release, when its queue runs dry; meanwhile the chat's new rows stay in the inbox behind the others.
    static constexpr int kPendingPerChatRead = 50;
    // The chats that `rows` (read by pendingForChats) hold a full page of: they may have more in the inbox.
    static QSet<QString> chatsWithMore(const QList<InboxMessage> &rows);
    // pendingForChat() for several chats in one statement (PostgreSQL: one round trip), all rows oldest first.
    // A chat read with kPendingPerChatRead rows may have more.
    // PostgreSQL: `with` (e.g. "WITH gone AS (DELETE ...)", its values bound first) runs in the same statement, on
    // the same snapshot as the read (LeaseRepository::releaseChats gives a lease back only if no row is pending).
    static Result<QList<InboxMessage>> pendingForChats(DbContext &ctx, const QStringList &chatIds,
                                                       const QString &with = {}, const QVariantList &withValues = {});
    // PostgreSQL, for a statement that reads a chat's pending rows beside other results (PgAccept): the inbox
    // columns of `alias` as texts, in the order pgRow() reads them from the statement's column `first` on.
    static QString columnsAsText(const QString &alias);
    static InboxMessage pgRow(const PgStatement &q, int first);
    static constexpr int kColumnCount = 12;
    // At most `limit` "pending" rows with an id above `afterId`, in id order: the backlog read back a window at a
    // time (pipeline::InboxWindow). Served by the partial index inbox_pending (migration 9), never a scan of history.
    static Result<QList<InboxMessage>> pendingAfter(DbContext &ctx, qint64 afterId, int limit);
    // Tests and tools only: on SQLite no index holds waha_message_id (migration 13), so this reads the whole inbox.
    static Result<std::optional<InboxMessage>> byWahaId(DbContext &ctx, const QString &wahaMessageId);
    static Result<int> count(DbContext &ctx);
    // Forgets the message ids received before cutoffMs (ops::Retention, daily): the number removed.
    static Result<int> pruneRecentIds(DbContext &ctx, qint64 cutoffMs);
};

} // namespace concierge::store
