#pragma once

#include "store/Database.h"
#include "store/InboxRepository.h"
#include "store/MessageLog.h"

#include <QJsonObject>
#include <QObject>
#include <QTest>

#include <memory>
#include <optional>

namespace concierge::store::testing {

// What answering `m` hands the grouped commit: its interaction, the reply `replyText` with its own, and the chat's
// session at `step` (MessageProcessor's outcome, without the owner step).
inline std::shared_ptr<MessageOutcome> answerOutcome(const InboxMessage &m, const QString &replyText, int step)
{
    auto o = std::make_shared<MessageOutcome>();
    o->message = m;
    o->processedAtMs = m.receivedAtMs + 1;
    o->incoming.chatId = m.chatId;
    o->incoming.direction = Direction::In;
    o->incoming.text = m.text;
    o->incoming.language = QStringLiteral("fr");
    o->incoming.createdAtMs = m.receivedAtMs;
    OutboxMessage reply;
    reply.inboxId = m.id;
    reply.chatId = m.chatId;
    reply.text = replyText;
    reply.createdAtMs = m.receivedAtMs + 1;
    o->reply = reply;
    Interaction out;
    out.chatId = m.chatId;
    out.direction = Direction::Out;
    out.author = Author::Bot;
    out.text = reply.text;
    out.createdAtMs = reply.createdAtMs;
    o->outgoing = out;
    o->session = SessionRecord{m.chatId,       m.chatId,       QJsonObject{{QStringLiteral("step"), step}},
                               m.receivedAtMs, m.receivedAtMs, m.receivedAtMs + 60'000};
    return o;
}

// A committed answer, as the assistant's commit leaves it: question `n` of `chatId` in the inbox (done), the bot's
// reply "reply <n>" pending in the outbox with its interaction. The reply's outbox id, or why it failed.
inline Result<qint64> commitAnswer(Database &db, MessageLog &log, QObject *context, const QString &chatId, int n)
{
    auto outcome = std::make_shared<MessageOutcome>();
    InboxMessage &m = outcome->message;
    m.wahaMessageId = QStringLiteral("false_%1_S%2").arg(chatId).arg(n);
    m.chatId = chatId;
    m.text = QStringLiteral("question %1").arg(n);
    m.receivedAtMs = 1000 + n;
    auto inserted = db.runSync<bool>([&m](DbContext &ctx) { return InboxRepository::insertIfNew(ctx, m); });
    if (!inserted)
        return inserted.error();
    outcome->processedAtMs = 2000 + n;
    outcome->incoming.chatId = m.chatId;
    outcome->incoming.text = m.text;
    outcome->incoming.createdAtMs = m.receivedAtMs;
    outcome->reply = OutboxMessage{};
    outcome->reply->inboxId = m.id;
    outcome->reply->chatId = m.chatId;
    outcome->reply->text = QStringLiteral("reply %1").arg(n);
    Interaction out = outcome->incoming;
    out.direction = Direction::Out;
    out.author = Author::Bot;
    out.text = outcome->reply->text;
    out.status = InteractionStatus::Queued;
    outcome->outgoing = out;
    std::optional<Result<bool>> committed;
    log.commit(outcome, context, [&committed](Result<bool> r) { committed = std::move(r); });
    if (!QTest::qWaitFor([&committed] { return committed.has_value(); }, 10'000) || !committed->ok() ||
        !committed->value())
        return Error{QStringLiteral("test"), QStringLiteral("the answer was not committed")};
    return outcome->reply->id;
}

} // namespace concierge::store::testing
