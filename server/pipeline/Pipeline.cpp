#include "pipeline/Pipeline.h"

#include "core/Log.h"
#include "live/EventBus.h"
#include "pipeline/ChatDispatcher.h"
#include "pipeline/InboxWindow.h"
#include "pipeline/LeaseCoordinator.h"
#include "pipeline/MessageProcessor.h"
#include "pipeline/OutboxSender.h"
#include "store/Database.h"
#include "store/InboxRepository.h"

#include <QDateTime>

namespace concierge::pipeline {

Pipeline::Pipeline(store::Database *db, MessageProcessor *processor, OutboxSender *outbox, live::EventBus *events,
                   int maxConcurrentChats, int inboxWindow, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(db)
    , m_processor(processor)
    , m_outbox(outbox)
    , m_events(events)
    , m_dispatcher(new ChatDispatcher(
          maxConcurrentChats,
          [this](const store::InboxMessage &message, std::function<void()> done) { handle(message, std::move(done)); },
          this))
    , m_window(new InboxWindow(
          db, m_dispatcher, inboxWindow,
          [this](const store::InboxMessage &message, bool recheck) {
              if (recheck)
                  requeue({message});
              else
                  m_dispatcher->enqueue(message);
          },
          this))
{
    // A chat waiting on the LLM holds no slot: 1,000 chats may wait at once while others are handled (issue 14).
    // Its answer back, it waits for a slot like the others (first among them): the work on the database stays bounded.
    m_processor->setNetworkWait(
        {[this](const QString &chatId) { m_dispatcher->setWaiting(chatId); },
         [this](const QString &chatId, std::function<void()> go) { m_dispatcher->resume(chatId, std::move(go)); }});
    m_tick.setInterval(FloodMode::kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &Pipeline::onTick);
    m_recovery.setSingleShot(true);
    connect(&m_recovery, &QTimer::timeout, this, &Pipeline::recover);
    m_backlogTimer.setInterval(kBacklogRefreshMs);
    connect(&m_backlogTimer, &QTimer::timeout, this, &Pipeline::refreshBacklog);
}

void Pipeline::handle(const store::InboxMessage &message, std::function<void()> done)
{
    if (m_leases && !m_leases->fresh()) {
        // Our registration may have lapsed: another instance may be adopting the chat. Handled after our next
        // successful beat, as a recovered row (checked still pending first); the commit settles a row once anyway.
        m_fenced.append({message, std::move(done)});
        return;
    }
    if (!m_recovered.remove(message.id)) {
        m_processor->process(message, std::move(done));
        return;
    }
    // Found by a sweep: it may have been handled between the sweep's read and now.
    m_log.inboxPending(message.id, this, [this, message, done](Result<bool> pending) {
        if (!pending)
            scheduleRecovery(); // unreadable: left pending, the next sweep brings it back
        if (!pending || !pending.value()) {
            done();
            return;
        }
        m_processor->process(message, done);
    });
}

void Pipeline::unfence()
{
    const auto held = std::exchange(m_fenced, {});
    for (const auto &[message, done] : held) {
        m_recovered.insert(message.id);
        handle(message, done);
    }
}

void Pipeline::scheduleRecovery()
{
    if (m_recovery.isActive())
        return;
    const int delay = qMin(MessageProcessor::kCommitRetryFirstMs << qMin(m_recoveryFailures, 16),
                           MessageProcessor::kCommitRetryMaxMs);
    m_recovery.start(delay);
}

void Pipeline::recover()
{
    if (m_leases) {
        // Only what is ours or nobody's: the beat adopts it (and our own unsent replies come back through sweep()).
        m_leases->beatNow();
        m_outbox->sweep();
        return;
    }
    // A first small read says whether the database answers again (if not: backoff); then the whole inbox is read
    // back a window at a time, since an insert whose answer was lost is pending yet not queued.
    m_log.pendingInboxAfter(0, 1, this, [this](Result<QList<store::InboxMessage>> probe) {
        if (!probe) {
            ++m_recoveryFailures;
            scheduleRecovery();
            return;
        }
        m_recoveryFailures = 0;
        m_window->rescan();
        m_outbox->sweep();
    });
}

bool Pipeline::leaveOnDisk(const QString &chatId)
{
    // Bounded memory with leases (issue 14), as InboxWindow does without them: past a window of waiting messages, a
    // leased chat's new rows stay in the inbox, and so do all its later ones until its lease is given back with none
    // pending (LeaseCoordinator's `released`), so that a chat's order holds: its rows come back in id order, at its
    // release when its queue runs dry, or by a beat's adoption (our own leased chats count) once the queue has room.
    if (m_onDisk.contains(chatId))
        return true;
    if (m_dispatcher->queuedMessages() < m_window->size())
        return false;
    m_onDisk.insert(chatId);
    return true;
}

void Pipeline::requeueLeased(const QList<store::InboxMessage> &rows)
{
    m_onDisk.unite(store::InboxRepository::chatsWithMore(rows));
    // Bounded memory: past the window, a chat's rows stay in the inbox, the chat held and on disk (leaveOnDisk), until
    // its release (when it runs dry here) or a beat adopts it once the queue has room. After a flood every held chat
    // goes idle at once, and each release read back a page of its backlog: 5,000 chats, 200 MB. The chats are taken in
    // the order of their first row, each with its whole page counted against the room (the rows of several chats come
    // interleaved by id: decided row by row, a beat adopting three chats queued all three pages), so that the window
    // is passed by one chat's page at most (TestInboxWindow::leasedReleasesReadBackWithinTheWindow). A chat queued or
    // running here is no exception: the dispatcher appends rows to its queue, so its rows read back now would come
    // after the ones it holds as they will at its release.
    QHash<QString, int> rowsOfChat;
    QStringList chats; // in the order of their first row
    for (const store::InboxMessage &row : rows) {
        if (rowsOfChat[row.chatId]++ == 0)
            chats.append(row.chatId);
    }
    QSet<QString> admitted;
    int room = m_window->size() - m_dispatcher->queuedMessages();
    for (const QString &chatId : chats) {
        if (room > 0) {
            admitted.insert(chatId);
            room -= rowsOfChat.value(chatId);
        } else {
            m_onDisk.insert(chatId);
        }
    }
    QList<store::InboxMessage> taken;
    for (const store::InboxMessage &row : rows) {
        if (admitted.contains(row.chatId))
            taken.append(row);
    }
    requeue(taken);
}

void Pipeline::requeue(const QList<store::InboxMessage> &rows)
{
    for (const store::InboxMessage &message : rows) {
        if (m_dispatcher->knows(message.id))
            continue;
        qCInfo(lcPipeline) << "recovering message" << message.id << "of chat" << message.chatId;
        m_recovered.insert(message.id);
        m_dispatcher->enqueue(message);
    }
}

void Pipeline::shareWithInstances(const QString &instanceId, qint64 leaseMs, const QString &previousInstanceId,
                                  store::Database *intake)
{
    m_previousInstanceId = previousInstanceId;
    LeaseCoordinator::Hooks hooks;
    hooks.busyChats = [this] { return m_dispatcher->chats(); };
    hooks.busy = [this](const QString &chatId) { return m_dispatcher->hasChat(chatId); };
    hooks.inbox = [this](const QList<store::InboxMessage> &rows) { requeueLeased(rows); };
    hooks.outbox = [this](const QList<store::OutboxMessage> &rows) { m_outbox->adopt(rows); };
    // Bounded memory (issue 14): a beat adopts at most as many chats as the queue has room for messages (none while a
    // window waits here); the others' rows wait in the inbox. Once the queue is down to half, a beat adopts more.
    hooks.room = [this] { return m_window->size() - m_dispatcher->queuedMessages(); };
    hooks.released = [this](const QString &chatId) { m_onDisk.remove(chatId); };
    m_leases = new LeaseCoordinator(store::LeaseLog(m_db, instanceId, leaseMs, intake), std::move(hooks), this);
    connect(m_dispatcher, &ChatDispatcher::chatIdle, m_leases, &LeaseCoordinator::chatIdle);
    // Fencing: no WhatsApp send starts while this instance's registration may have lapsed (docs/ARCHITECTURE.md).
    m_outbox->setFence([leases = m_leases] { return leases->fresh(); });
    connect(m_leases, &LeaseCoordinator::freshAgain, m_outbox, &OutboxSender::unfence);
    connect(m_leases, &LeaseCoordinator::freshAgain, this, &Pipeline::unfence);
    connect(m_dispatcher, &ChatDispatcher::queueLow, m_leases, &LeaseCoordinator::beatNow);
}

void Pipeline::stopTakingOver()
{
    if (m_leases)
        m_leases->pause();
}

void Pipeline::handOver()
{
    if (m_leases)
        m_leases->handOver();
}

Pipeline::Backlog Pipeline::backlog() const
{
    Backlog now = m_backlog;
    now.unrecorded = m_processor->commitsWaiting() + m_outbox->unrecordedCount();
    return now;
}

void Pipeline::refreshBacklog()
{
    // Never pile counts up on the database thread, and space them by ten times what the last one cost: counting a
    // 1M backlog takes a good part of a second, taken from the messages waiting behind it.
    if (m_countingBacklog || (m_backlogCostMs > 0 && !m_backlogClock.hasExpired(10 * m_backlogCostMs)))
        return;
    m_countingBacklog = true;
    m_backlogClock.start();
    m_log.backlog(this, [this](Result<store::MessageLog::Backlog> counted) {
        m_countingBacklog = false;
        m_backlogCostMs = m_backlogClock.elapsed();
        if (!counted)
            return; // the last count stays, dated by countedAtMs
        m_backlog.inboxPending = counted->inboxPending;
        m_backlog.outboxUnsent = counted->outboxUnsent;
        m_backlog.oldestUnansweredMs = counted->oldestUnansweredMs;
        m_backlog.countedAtMs = QDateTime::currentMSecsSinceEpoch();
    });
}

void Pipeline::onTick()
{
    m_dispatcher->setConcurrency(m_flood.concurrencyAfter(m_acceptedThisTick, m_dispatcher->maxConcurrent()));
    if (m_acceptedThisTick == 0)
        m_tick.stop(); // quiet: no timer runs while nothing comes in
    m_acceptedThisTick = 0;
}

void Pipeline::accept(const store::InboxMessage &message, QObject *context, std::function<void(Result<bool>)> done)
{
    if (m_db->walOverLimit()) {
        // Back-pressure: the log could not be checkpointed (a long reader); WAHA delivers the event again later.
        done(Error{QStringLiteral("storage_unavailable"), QStringLiteral("the write-ahead log is over its limit")});
        return;
    }
    ++m_acceptedThisTick;
    if (!m_tick.isActive())
        m_tick.start();
    auto row = std::make_shared<store::InboxMessage>(message);
    if (m_leases) {
        m_leases->accept(row, context, [this, row, done](Result<store::LeaseLog::Accepted> accepted) {
            if (!accepted) {
                scheduleRecovery();
                done(accepted.error());
                return;
            }
            // Not leased: the chat's holder drains it when its queue runs dry (or a beat adopts it).
            if (accepted->inserted && accepted->leased && accepted->moreOnDisk) {
                requeueLeased(accepted->earlier); // the chat's first page: the rest, this row too, at its release
                m_onDisk.insert(row->chatId);
            } else if (accepted->inserted && accepted->leased && !leaveOnDisk(row->chatId)) {
                requeue(accepted->earlier); // our own queued ones are known: only other instances' rows
                m_dispatcher->enqueue(*row);
                requeue(accepted->later);
            }
            done(accepted->inserted);
        });
        return;
    }
    m_log.accept(row, context, [this, row, done](Result<bool> inserted) {
        if (inserted && inserted.value())
            m_window->offer(*row);
        if (!inserted)
            scheduleRecovery(); // the insert may have gone through: its redelivery will find it known
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
    if (m_leases) {
        m_leases->start(m_previousInstanceId); // its first beat adopts what nobody alive holds
        m_outbox->resume(); // rows of this instance id only: none in a new process (a server restarted in-process)
        refreshBacklog();
        m_backlogTimer.start();
        return;
    }
    m_window->rescan(); // what a stop or a crash left pending, a window at a time, oldest first
    m_outbox->resume();
    refreshBacklog();
    m_backlogTimer.start();
}

} // namespace concierge::pipeline
