#include "store/LeaseLog.h"

#include "store/Database.h"
#include "store/InboxRepository.h"
#include "store/LeaseRepository.h"

#include <QUuid>

namespace concierge::store {

const QString &processInstanceId()
{
    static const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return id;
}

void LeaseLog::accept(std::shared_ptr<InboxMessage> message, QObject *context,
                      std::function<void(Result<Accepted>)> done)
{
    m_db->run<Accepted>(
        [message, id = m_instanceId, leaseMs = m_leaseMs](DbContext &ctx) -> Result<Accepted> {
            auto inserted = InboxRepository::insertIfNew(ctx, *message);
            if (!inserted)
                return inserted.error();
            if (!inserted.value())
                return Accepted{};
            // In the webhook's job: no extra transaction, one more statement.
            auto leased = LeaseRepository::acquireChat(ctx, message->chatId, id, leaseMs);
            if (!leased)
                return leased.error();
            if (!leased.value())
                return Accepted{true, false, {}};
            auto pending = InboxRepository::pendingForChat(ctx, message->chatId);
            if (!pending)
                return pending.error();
            QList<InboxMessage> earlier;
            for (const InboxMessage &row : pending.value())
                if (row.id < message->id)
                    earlier.append(row);
            return Accepted{true, true, earlier};
        },
        context, std::move(done), Database::Priority::Urgent);
}

void LeaseLog::release(const QString &chatId, QObject *context, std::function<void(Result<QList<InboxMessage>>)> done)
{
    m_db->run<QList<InboxMessage>>(
        [chatId, id = m_instanceId, leaseMs = m_leaseMs](DbContext &ctx) {
            return LeaseRepository::releaseChat(ctx, chatId, id, leaseMs);
        },
        context, std::move(done));
}

void LeaseLog::beat(const QSet<QString> &busyChats, QObject *context, std::function<void(Result<Adopted>)> done)
{
    m_db->run<Adopted>(
        [busyChats, id = m_instanceId, leaseMs = m_leaseMs](DbContext &ctx) -> Result<Adopted> {
            if (Status st = LeaseRepository::heartbeat(ctx, id, leaseMs); !st)
                return st.error();
            auto inbox = LeaseRepository::adoptChats(ctx, id, leaseMs, busyChats, kMaxChatsPerSweep);
            if (!inbox)
                return inbox.error();
            auto outbox = LeaseRepository::adoptOutbox(ctx, id, kMaxOutboxPerSweep);
            if (!outbox)
                return outbox.error();
            return Adopted{inbox.value(), outbox.value()};
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
