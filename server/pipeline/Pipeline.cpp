#include "pipeline/Pipeline.h"

#include "core/Log.h"
#include "live/EventBus.h"
#include "pipeline/ChatDispatcher.h"
#include "pipeline/MessageProcessor.h"
#include "pipeline/OutboxSender.h"

namespace concierge::pipeline {

Pipeline::Pipeline(store::Database *db, MessageProcessor *processor, OutboxSender *outbox, live::EventBus *events,
                   int maxConcurrentChats, QObject *parent)
    : QObject(parent)
    , m_log(db)
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
    m_log.accept(row, context, [this, row, done](Result<bool> inserted) {
        if (inserted && inserted.value())
            m_dispatcher->enqueue(*row);
        done(inserted);
    });
}

void Pipeline::applyAck(const QString &wahaMessageId, int ack, QObject *context, std::function<void(Result<bool>)> done)
{
    m_log.applyAck(wahaMessageId, ack, context, [this, wahaMessageId, ack, done](Result<int> changed) {
        if (!changed) {
            done(changed.error());
            return;
        }
        if (changed.value() > 0)
            m_events->publish(live::EventKind::MessageAck, {}, live::MessageAckPayload{wahaMessageId, ack}.toJson());
        done(changed.value() > 0);
    });
}

void Pipeline::resume()
{
    m_log.pendingInbox(this, [this](Result<QList<store::InboxMessage>> pending) {
        if (!pending) {
            qCWarning(lcPipeline) << "cannot load the pending inbox:" << pending.error().message;
            return;
        }
        if (!pending->isEmpty())
            qCInfo(lcPipeline) << "resuming" << pending->size() << "messages received before the restart";
        for (const store::InboxMessage &message : pending.value())
            m_dispatcher->enqueue(message);
    });
    m_outbox->resume();
}

} // namespace concierge::pipeline
