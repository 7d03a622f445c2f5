#include "pipeline/OutboxSender.h"

#include "core/Log.h"
#include "integrations/WahaClient.h"
#include "live/EventBus.h"
#include "pipeline/OutboxWindow.h"

#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>

namespace concierge::pipeline {

using store::OutboxMessage;

OutboxSender::OutboxSender(store::Database *db, integrations::WahaClient *waha, live::EventBus *events, Options options,
                           QObject *parent)
    : QObject(parent)
    , m_log(db, options.instanceId)
    , m_waha(waha)
    , m_events(events)
    , m_options(options)
    , m_window(new OutboxWindow(
          db, options.instanceId, options.window, [this] { return m_pending; },
          [this](const QList<OutboxMessage> &rows, bool interrupted) { submitLoaded(rows, interrupted); }, this))
{
}

void OutboxSender::submit(const OutboxMessage &message)
{
    if (message.id > 0 && m_known.contains(message.id))
        return; // already held (a sweep racing the commit's own submit)
    if (m_window->offer(message))
        hold(message);
}

void OutboxSender::hold(const OutboxMessage &message)
{
    if (message.id > 0) {
        if (m_known.contains(message.id))
            return; // already queued (a sweep racing the commit's own submit)
        m_known.insert(message.id);
    }
    auto &queue = m_queues[message.chatId];
    queue.enqueue(message);
    ++m_pending;
    if (queue.size() == 1 && !m_busy.contains(message.chatId))
        m_ready.enqueue(message.chatId);
    pump();
}

void OutboxSender::resume()
{
    m_window->resume(); // the interrupted rows, then the pending ones a window at a time
}

void OutboxSender::sweep()
{
    m_window->rescan();
}

void OutboxSender::adopt(const QList<OutboxMessage> &rows)
{
    // Rows taken over from an instance that stopped are ours in the database now: the "sending" ones (few) go again
    // at once; pending ones beyond the window wait there and are read back in their turn.
    QList<OutboxMessage> now;
    bool left = false;
    for (const OutboxMessage &row : rows) {
        if (row.status == store::OutboxStatus::Sending || m_pending + now.size() < m_window->size())
            now.append(row);
        else
            left = true;
    }
    submitLoaded(now, true);
    if (left)
        m_window->rescan();
}

void OutboxSender::submitLoaded(const QList<OutboxMessage> &rows, bool interrupted)
{
    for (const OutboxMessage &message : rows) {
        if (m_known.contains(message.id))
            continue;
        if (interrupted && message.status == store::OutboxStatus::Sending) {
            // The stop came between the claim and the record of WAHA's answer: whether WAHA took it is unknown.
            // Sent again (a possible duplicate rather than a parent left without an answer).
            qCWarning(lcPipeline) << "reply" << message.id << "to" << message.chatId
                                  << "was being sent when the server stopped: sending it again";
            m_claimed.insert(message.id);
        }
        hold(message);
    }
}

void OutboxSender::pump()
{
    while (m_inFlight < m_options.maxInFlight && !m_ready.isEmpty())
        sendHead(m_ready.dequeue());
}

void OutboxSender::sendHead(const QString &chatId)
{
    auto queue = m_queues.find(chatId);
    if (queue == m_queues.end() || queue->isEmpty())
        return;
    const OutboxMessage message = queue->head();
    if (!m_waha->configured()) {
        // Kept pending: sent as soon as WAHA is configured and the server restarts.
        m_busy.insert(chatId);
        return;
    }
    if (fencedOut(chatId))
        return;
    m_busy.insert(chatId);
    ++m_inFlight;
    m_toClaim.append({chatId, message});
    if (m_options.claimJobs <= 0 || m_claimJobs < m_options.claimJobs)
        claimQueued();
}

void OutboxSender::claimQueued()
{
    // While the claim jobs run, the heads made ready by WAHA's answers gather and go in the next one, so that a
    // flood of replies costs a claim statement per database round (PostgreSQL: a round trip), not one per reply.
    if (m_toClaim.isEmpty())
        return;
    const QList<ToClaim> wave = std::exchange(m_toClaim, {});
    QList<store::MessageLog::ClaimRequest> requests;
    for (const ToClaim &c : wave)
        requests.append(
            {c.message.id, c.chatId, c.message.author == store::Author::Bot, m_claimed.contains(c.message.id)});
    ++m_claimJobs;
    m_log.claim(requests, this, [this, wave](Result<QList<store::MessageLog::Claim>> claims) {
        // Still under way while the answers are handled: the heads they make ready join the next wave.
        for (qsizetype i = 0; i < wave.size(); ++i) {
            --m_inFlight;
            if (!claims)
                claimed(wave.at(i).chatId, wave.at(i).message, claims.error());
            else
                claimed(wave.at(i).chatId, wave.at(i).message, claims->value(i, store::MessageLog::Claim::Gone));
        }
        --m_claimJobs;
        claimQueued();
    });
}

void OutboxSender::claimed(const QString &chatId, const OutboxMessage &message, Result<store::MessageLog::Claim> claim)
{
    using Claim = store::MessageLog::Claim;
    if (!claim) {
        // Not sent. Tried again while the database is away, with backoff; the claim may have committed with its
        // answer lost, so the next one takes a "sending" row too (still only ours: the claim checks the owner).
        m_claimed.insert(message.id);
        const qint64 nowMs = m_options.clock->nowMs();
        if (m_claimFailures == 0 || nowMs - m_claimFailureAtMs >= m_options.firstRetryMs) {
            ++m_claimFailures;
            m_claimFailureAtMs = nowMs;
        }
        const qint64 delay =
            qMin<qint64>(qint64(m_options.firstRetryMs) << qMin(m_claimFailures - 1, 16), m_options.maxRetryMs);
        qCWarning(lcPipeline) << "cannot claim reply" << message.id << ":" << claim.error().message << "- retry in"
                              << delay << "ms";
        retryHeadLater(chatId, delay);
        return;
    }
    m_claimFailures = 0;
    switch (claim.value()) {
    case Claim::Withheld: withheld(chatId, message); return;
    case Claim::Gone:
        qCInfo(lcPipeline) << "reply" << message.id << "already left the outbox: not sent again";
        finishHead(chatId);
        return;
    case Claim::Go: break;
    }
    m_claimed.insert(message.id);
    if (fencedOut(chatId)) {
        // Claimed, not sent: "pending" again (if still ours), so that an adopter need not wait for a call that never
        // began; claimed anew at unfence(). Same lane as the claims: it runs before the next one.
        m_log.markRetry(message.id, message.attempts, message.nextAttemptAtMs, message.lastError, this,
                        [](Result<bool>) {});
        return;
    }
    ++m_inFlight;
    transmit(chatId, message);
}

bool OutboxSender::fencedOut(const QString &chatId)
{
    if (!m_fresh || m_fresh())
        return false;
    m_busy.insert(chatId);
    m_fenced.insert(chatId);
    return true;
}

void OutboxSender::unfence()
{
    const QSet<QString> chats = std::exchange(m_fenced, {});
    for (const QString &chatId : chats) {
        m_busy.remove(chatId);
        m_ready.enqueue(chatId);
    }
    pump();
}

void OutboxSender::retryHeadLater(const QString &chatId, qint64 delayMs)
{
    QTimer::singleShot(int(delayMs), this, [this, chatId] {
        m_busy.remove(chatId);
        m_ready.enqueue(chatId);
        pump();
    });
    pump();
}

void OutboxSender::record(std::function<void(store::MessageLog::Marked)> mark, int attempt)
{
    if (attempt == 0)
        ++m_unrecorded;
    mark([this, mark, attempt](Result<bool> recorded) {
        if (recorded) {
            --m_unrecorded;
            return;
        }
        const qint64 delay = qMin<qint64>(qint64(m_options.firstRetryMs) << qMin(attempt, 16), m_options.maxRetryMs);
        qCWarning(lcPipeline) << "cannot record a reply's outcome:" << recorded.error().message << "- retry in" << delay
                              << "ms";
        QTimer::singleShot(int(delay), this, [this, mark, attempt] { record(mark, attempt + 1); });
    });
}

void OutboxSender::transmit(const QString &chatId, const OutboxMessage &message)
{
    auto sendText = [this, chatId, message] {
        if (fencedOut(chatId)) { // the receipt took long: the text waits for the fence like any other
            --m_inFlight;
            return;
        }
        m_waha->sendText(chatId, message.text, QString(), this,
                         [this, chatId, message](const integrations::WahaResult &r) {
                             --m_inFlight;
                             onSent(chatId, message, r.ok, r.retryable, r.error, r.messageId);
                         });
    };
    // WAHA's contract is sendSeen, then sendText: the text goes once the seen call is answered (whatever the
    // answer: a failed receipt must not hold the reply back; a WAHA that is down fails the text too, which retries).
    if (!message.replyTo.isEmpty() && message.attempts == 0)
        m_waha->sendSeen(chatId, {message.replyTo}, this, [sendText](const integrations::WahaResult &) { sendText(); });
    else
        sendText();
}

void OutboxSender::withheld(const QString &chatId, const OutboxMessage &message)
{
    qCInfo(lcPipeline) << "reply" << message.id << "to" << chatId << "withheld: a person owns the conversation";
    m_events->publish(live::EventKind::MessageFailed, chatId,
                      live::MessageSentPayload{message.id, {}, {}, QStringLiteral("withheld")}.toJson());
    finishHead(chatId);
}

void OutboxSender::onSent(const QString &chatId, OutboxMessage message, bool ok, bool retryable, const QString &error,
                          const QString &wahaMessageId)
{
    if (ok) {
        if (m_options.metrics)
            m_options.metrics->replySent(message);
        const qint64 at = m_options.clock->nowMs();
        const qint64 id = message.id;
        // Until this is recorded the row stays "sending": no sweep takes it for unsent.
        record([this, id, wahaMessageId, at](store::MessageLog::Marked done) {
            m_log.markSent(id, wahaMessageId, at, this, std::move(done));
        });
        m_events->publish(live::EventKind::MessageSent, chatId,
                          live::MessageSentPayload{message.id, message.text, wahaMessageId, {}}.toJson());
        finishHead(chatId);
        return;
    }
    message.attempts += 1;
    const bool tooOld = m_options.clock->nowMs() - message.createdAtMs > m_options.giveUpAfterMs;
    if (retryable && !tooOld) {
        scheduleRetry(chatId, message, error);
        return;
    }
    qCWarning(lcPipeline) << "reply" << message.id << "to" << chatId << "failed for good:" << error;
    record([this, id = message.id, error](store::MessageLog::Marked done) {
        m_log.markFailed(id, error, this, std::move(done));
    });
    m_events->publish(live::EventKind::MessageFailed, chatId,
                      live::MessageSentPayload{message.id, {}, {}, error}.toJson());
    finishHead(chatId);
}

void OutboxSender::scheduleRetry(const QString &chatId, OutboxMessage message, const QString &error)
{
    const int exponent = qMin(message.attempts - 1, 16);
    qint64 delay = qMin<qint64>(qint64(m_options.firstRetryMs) << exponent, m_options.maxRetryMs);
    delay -= QRandomGenerator::global()->bounded(int(delay / 5) + 1); // jitter, so chats do not retry in lockstep
    qCInfo(lcPipeline) << "WAHA unavailable for reply" << message.id << "(" << error << "), retry" << message.attempts
                       << "in" << delay << "ms";
    m_queues[chatId].head() = message;
    // Best effort: while the row stays "sending" it is still ours (m_claimed) to send again.
    m_log.markRetry(message.id, message.attempts, m_options.clock->nowMs() + delay, error, this, [](Result<bool>) {});
    retryHeadLater(chatId, delay);
}

void OutboxSender::finishHead(const QString &chatId)
{
    auto queue = m_queues.find(chatId);
    if (queue != m_queues.end() && !queue->isEmpty()) {
        const qint64 id = queue->dequeue().id;
        m_known.remove(id);
        m_claimed.remove(id);
    }
    --m_pending;
    m_busy.remove(chatId);
    if (queue != m_queues.end() && queue->isEmpty())
        m_queues.erase(queue);
    else if (queue != m_queues.end())
        m_ready.enqueue(chatId);
    pump();
    m_window->more();
    if (m_pending == 0 && !m_window->onDisk())
        emit drained();
}

} // namespace concierge::pipeline
