#include "store/LeaseLog.h"

#include "store/Database.h"
#include "store/InboxRepository.h"
#include "store/LeaseRepository.h"
#include "store/PgAccept.h"

#include <QSet>
#include <QUuid>

namespace concierge::store {

const QString &processInstanceId()
{
    static const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return id;
}

namespace {

// A webhook's message as a grouped job's item (LeaseLog::accept): the runner is a plain function, so the instance
// travels with each item.
struct AcceptItem
{
    std::shared_ptr<InboxMessage> message;
    QString instanceId;
    qint64 leaseMs = 0;
};

QStringList distinctChats(const std::vector<QString> &chats)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &chat : chats) {
        if (!seen.contains(chat)) {
            seen.insert(chat);
            out.append(chat);
        }
    }
    return out;
}

// The chats of the messages stored, each once.
QStringList chatsStored(const std::vector<AcceptItem *> &items, const std::vector<bool> &inserted)
{
    std::vector<QString> fresh;
    for (size_t i = 0; i < items.size(); ++i) {
        if (inserted[i])
            fresh.push_back(items[i]->message->chatId);
    }
    return distinctChats(fresh);
}

// The batch's webhooks stored, the chats of the rows stored taken, and the pending rows of the chats newly ours (or
// whose lease another instance found held and stored a row under) read: on PostgreSQL one statement with the batch's
// BEGIN and COMMIT (PgAccept.h), else insertNew(), takeChats() and pendingForChats(). Not the rows of chats this
// instance held already: their rows are queued here (a flood of messages per chat read every pending row again at
// each batch).
Result<InsertedAndTaken> storeAndTake(DbContext &ctx, const std::vector<AcceptItem *> &items)
{
    std::vector<InboxMessage *> messages;
    for (AcceptItem *item : items)
        messages.push_back(item->message.get());
    const QString &instanceId = items.front()->instanceId;
    const qint64 leaseMs = items.front()->leaseMs;
    if (ctx.dialect() == Dialect::Postgres)
        return insertTakingLeases(ctx, messages, instanceId, leaseMs);
    auto inserted = InboxRepository::insertNew(ctx, messages);
    if (!inserted)
        return inserted.error();
    InsertedAndTaken out{inserted.value(), {}, {}, {}};
    const QStringList chats = chatsStored(items, out.inserted);
    auto taken = LeaseRepository::takeChats(ctx, chats, instanceId, leaseMs, &out.kept);
    if (!taken)
        return taken.error();
    out.taken = taken.value();
    QStringList toRead;
    for (const QString &chat : chats) {
        if (out.taken.value(chat) == LeaseRepository::Take::Mine && !out.kept.contains(chat))
            toRead.append(chat);
    }
    auto pending = InboxRepository::pendingForChats(ctx, toRead);
    if (!pending)
        return pending.error();
    out.pending = pending.value();
    return out;
}

Result<std::vector<LeaseLog::Accepted>> acceptMany(DbContext &ctx, const std::vector<AcceptItem *> &items)
{
    auto stored = storeAndTake(ctx, items);
    if (!stored)
        return stored.error();
    const std::vector<bool> &inserted = stored->inserted;
    const QHash<QString, LeaseRepository::Take> &taken = stored->taken;
    const QSet<QString> &kept = stored->kept; // ours already, nobody else stored a row since: queued here
    std::vector<LeaseLog::Accepted> out(items.size());
    const QList<InboxMessage> &pending = stored->pending; // of the chats newly ours, with rows of other instances
    QHash<QString, size_t> lastOfChat;                    // the batch's last new message of each chat
    QHash<QString, size_t> firstOfChat;
    for (size_t i = 0; i < items.size(); ++i) {
        if (inserted[i]) {
            lastOfChat.insert(items[i]->message->chatId, i);
            if (!firstOfChat.contains(items[i]->message->chatId))
                firstOfChat.insert(items[i]->message->chatId, i);
        }
    }
    const QSet<QString> withMore = InboxRepository::chatsWithMore(pending);
    for (size_t i = 0; i < items.size(); ++i) {
        if (!inserted[i])
            continue;
        const InboxMessage &m = *items[i]->message;
        const auto state = taken.value(m.chatId, LeaseRepository::Take::Busy);
        LeaseLog::Accepted &a = out[i];
        a.inserted = true;
        a.leased = state == LeaseRepository::Take::Mine;
        a.busy = state == LeaseRepository::Take::Busy;
        if (!a.leased || kept.contains(m.chatId))
            continue;
        if (withMore.contains(m.chatId)) {
            a.moreOnDisk = true;
            if (firstOfChat.value(m.chatId) == i) {
                for (const InboxMessage &row : pending) {
                    if (row.chatId == m.chatId)
                        a.earlier.append(row);
                }
            }
            continue;
        }
        const bool last = lastOfChat.value(m.chatId) == i;
        for (const InboxMessage &row : pending) {
            if (row.chatId != m.chatId)
                continue;
            if (row.id < m.id)
                a.earlier.append(row);
            else if (row.id > m.id && last)
                a.later.append(row); // stored by another instance after this batch's rows took their ids
        }
    }
    return out;
}

} // namespace

void LeaseLog::accept(std::shared_ptr<InboxMessage> message, QObject *context,
                      std::function<void(Result<Accepted>)> done)
{
    auto item = std::make_shared<AcceptItem>(AcceptItem{std::move(message), m_instanceId, m_leaseMs});
    m_intake->runGrouped<AcceptItem, Accepted>(&acceptMany, std::move(item), context, std::move(done),
                                               Database::Priority::Urgent);
}

void LeaseLog::take(const QStringList &chats, QObject *context, std::function<void(Result<QHash<QString, Taken>>)> done)
{
    m_db->run<QHash<QString, Taken>>(
        [chats, id = m_instanceId, leaseMs = m_leaseMs](DbContext &ctx) -> Result<QHash<QString, Taken>> {
            auto taken = LeaseRepository::takeChats(ctx, chats, id, leaseMs);
            if (!taken)
                return taken.error();
            QHash<QString, Taken> out;
            QStringList mine;
            for (auto it = taken->cbegin(); it != taken->cend(); ++it) {
                out[it.key()].state = it.value();
                if (it.value() == LeaseRepository::Take::Mine)
                    mine.append(it.key());
            }
            auto pending = InboxRepository::pendingForChats(ctx, mine);
            if (!pending)
                return pending.error();
            for (const InboxMessage &row : pending.value())
                out[row.chatId].rows.append(row);
            return out;
        },
        context, std::move(done));
}

void LeaseLog::release(const QStringList &chats, QObject *context,
                       std::function<void(Result<QHash<QString, LeaseRepository::Released>>)> done)
{
    m_db->run<QHash<QString, LeaseRepository::Released>>(
        [chats, id = m_instanceId](DbContext &ctx) { return LeaseRepository::releaseChats(ctx, chats, id); }, context,
        std::move(done));
}

void LeaseLog::beat(const QSet<QString> &busyChats, const QStringList &lapsedLongEnough, bool adopt, QObject *context,
                    std::function<void(Result<Adopted>)> done)
{
    m_db->run<Adopted>(
        [busyChats, lapsedLongEnough, adopt, id = m_instanceId, leaseMs = m_leaseMs,
         chats = m_chatsToAdopt](DbContext &ctx) -> Result<Adopted> {
            if (Status st = LeaseRepository::heartbeat(ctx, id, leaseMs); !st)
                return st.error();
            if (!adopt)
                return Adopted{};
            auto inbox = chats > 0 ? LeaseRepository::adoptChats(ctx, id, leaseMs, busyChats, chats)
                                   : Result<QList<InboxMessage>>(QList<InboxMessage>());
            if (!inbox)
                return inbox.error();
            auto outbox = LeaseRepository::adoptOutbox(ctx, id, kMaxOutboxPerSweep, lapsedLongEnough);
            if (!outbox)
                return outbox.error();
            auto lapsed = LeaseRepository::lapsedSenders(ctx, id);
            if (!lapsed)
                return lapsed.error();
            return Adopted{inbox.value(), outbox.value(), lapsed.value()};
        },
        context, std::move(done));
}

Status LeaseLog::releaseAllSync(const QString &instanceId)
{
    auto released = m_db->runSync<bool>(
        [instanceId](DbContext &ctx) { return toResult(LeaseRepository::releaseAll(ctx, instanceId)); });
    if (!released)
        return released.error();
    return Status::success();
}

} // namespace concierge::store
