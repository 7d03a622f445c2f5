#include "pipeline/Pipeline.h"

#include "core/Log.h"
#include "live/EventBus.h"
#include "pipeline/ChatDispatcher.h"
#include "pipeline/MessageProcessor.h"
#include "pipeline/OutboxSender.h"
#include "store/Database.h"
#include "store/InboxRepository.h"
#include "store/InteractionRepository.h"
#include "store/OutboxRepository.h"

namespace concierge::pipeline {

namespace {

// The receipt moves the outbox row and, with it, the reply's interaction (whose message_id is the outbox id), so
// that the history shows delivered / read too.
Result<int> applyAckJob(store::DbContext &ctx, const QString &wahaMessageId, int ack)
{
    auto changed = store::OutboxRepository::applyAck(ctx, wahaMessageId, ack);
    if (!changed || changed.value() == 0)
        return changed;
    auto &q = ctx.prepare(QStringLiteral("SELECT id FROM outbox WHERE waha_message_id = ?"));
    if (Status st = ctx.exec(q, {wahaMessageId}); !st)
        return st.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (const qint64 id : ids) {
        if (Status st = store::InteractionRepository::setStatusByMessageId(ctx, QString::number(id),
                                                                           store::OutboxRepository::statusForAck(ack));
            !st)
            return st.error();
    }
    return changed;
}

} // namespace

Pipeline::Pipeline(store::Database *db, MessageProcessor *processor, OutboxSender *outbox, live::EventBus *events,
                   int maxConcurrentChats, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_processor(processor)
    , m_outbox(outbox)
    , m_events(events)
    , m_dispatcher(new ChatDispatcher(
          maxConcurrentChats,
          [processor](const store::InboxMessage &message, std::function<void()> done) {
              processor->process(message, std::move(done));
          },
          this))
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &Pipeline::onTick);
}

void Pipeline::onTick()
{
    const bool flood = m_acceptedThisTick > kBurstPerTick;
    m_dispatcher->setConcurrency(flood ? kBurstConcurrency : m_dispatcher->maxConcurrent());
    if (m_acceptedThisTick == 0)
        m_tick.stop(); // quiet: no timer runs while nothing comes in
    m_acceptedThisTick = 0;
}

void Pipeline::accept(const store::InboxMessage &message, QObject *context, std::function<void(Result<bool>)> done)
{
    ++m_acceptedThisTick;
    if (!m_tick.isActive())
        m_tick.start();
    auto row = std::make_shared<store::InboxMessage>(message);
    m_db->run<bool>([row](store::DbContext &ctx) { return store::InboxRepository::insertIfNew(ctx, *row); }, context,
                    [this, row, done](Result<bool> inserted) {
                        if (inserted && inserted.value())
                            m_dispatcher->enqueue(*row);
                        done(inserted);
                    },
                    store::Database::Priority::Urgent);
}

void Pipeline::applyAck(const QString &wahaMessageId, int ack, QObject *context, std::function<void(Result<bool>)> done)
{
    m_db->run<int>(
        [wahaMessageId, ack](store::DbContext &ctx) { return applyAckJob(ctx, wahaMessageId, ack); }, context,
        [this, wahaMessageId, ack, done](Result<int> changed) {
            if (!changed) {
                done(changed.error());
                return;
            }
            if (changed.value() > 0)
                m_events->publish(QStringLiteral("message.ack"),
                                  {{QStringLiteral("waha_message_id"), wahaMessageId}, {QStringLiteral("ack"), ack}});
            done(changed.value() > 0);
        });
}

void Pipeline::resume()
{
    m_db->run<QList<store::InboxMessage>>(
        [](store::DbContext &ctx) { return store::InboxRepository::pending(ctx); }, this,
        [this](Result<QList<store::InboxMessage>> pending) {
            if (!pending) {
                qCWarning(lcPipeline) << "cannot load the pending inbox:" << pending.error().message;
                return;
            }
            if (!pending->isEmpty())
                qCInfo(lcPipeline) << "resuming" << pending->size() << "messages received before the restart";
            for (const store::InboxMessage &message : pending.value())
                m_dispatcher->enqueue(message);
        },
        // Urgent like the inserts of new webhooks, so that it runs before any of them (FIFO within the lane).
        store::Database::Priority::Urgent);
    m_outbox->resume();
}

} // namespace concierge::pipeline
