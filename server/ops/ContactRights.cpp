#include "ops/ContactRights.h"

#include "audit/AuditLog.h"
#include "core/Log.h"
#include "sessions/SessionService.h"
#include "store/ContactDataRepository.h"
#include "store/Database.h"
#include "store/SessionCache.h"
#include "store/SqliteFile.h"

#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>

namespace concierge::ops {

namespace {

int totalRows(const QJsonObject &counts)
{
    int total = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        total += it.value().toInt();
    return total;
}

} // namespace

ContactRights::ContactRights(Dependencies deps, QObject *parent)
    : QObject(parent)
    , m_deps(std::move(deps))
{
}

bool ContactRights::validChatId(const QString &chatId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9@._-]{3,200}$"));
    return pattern.match(chatId).hasMatch();
}

void ContactRights::exportContact(const QString &chatId, const QString &actor, QObject *context,
                                  std::function<void(Result<QJsonObject>)> done)
{
    const qint64 now = m_deps.clock->nowMs();
    QPointer<QObject> guard(context);
    m_deps.db->run<QJsonObject>(
        [chatId, actor, now](store::DbContext &ctx) -> Result<QJsonObject> {
            auto data = store::ContactDataRepository::exportContact(ctx, chatId);
            if (!data)
                return data;
            const audit::AuditRecord entry{actor, chatId, audit::AuditAction::ContactExported,
                                           QStringLiteral("everything held about the contact was exported")};
            if (auto logged = audit::AuditLog::appendIn(ctx, entry, now); !logged)
                return logged.error();
            return data;
        },
        this,
        [this, chatId, now, guard, done](Result<QJsonObject> data) {
            if (!guard)
                return;
            if (!data) {
                done(data);
                return;
            }
            QJsonObject out = data.value();
            out.insert(QStringLiteral("chat_id"), chatId);
            out.insert(QStringLiteral("exported_at"), now);
            // The session as the cache holds it now (Redis or memory); null when it holds none.
            m_deps.cache->get(sessions::SessionService::cacheKey(chatId), this,
                              [guard, done, out](std::optional<QByteArray> cached) mutable {
                                  if (!guard)
                                      return;
                                  QJsonObject cache{{QStringLiteral("session"), QJsonValue::Null}};
                                  if (cached)
                                      cache.insert(QStringLiteral("session"),
                                                   QJsonDocument::fromJson(*cached).object());
                                  out.insert(QStringLiteral("cache"), cache);
                                  done(out);
                              });
        });
}

void ContactRights::erase(const QString &chatId, const QString &actor, QObject *context,
                          std::function<void(Result<QJsonObject>)> done)
{
    const qint64 now = m_deps.clock->nowMs();
    QPointer<QObject> guard(context);
    m_deps.db->run<QJsonObject>(
        [chatId, actor, now](store::DbContext &ctx) -> Result<QJsonObject> {
            auto counts = store::ContactDataRepository::eraseContact(ctx, chatId);
            if (!counts)
                return counts;
            // That an erasure happened and how much it took: no text of what was erased.
            const audit::AuditRecord entry{
                actor, chatId, audit::AuditAction::ContactErased,
                QStringLiteral("the contact's messages and conversation data were erased (%1 rows)")
                    .arg(totalRows(counts.value()))};
            if (auto logged = audit::AuditLog::appendIn(ctx, entry, now); !logged)
                return logged.error();
            return counts;
        },
        this,
        [this, chatId, guard, done](Result<QJsonObject> counts) {
            if (counts) {
                m_deps.cache->remove(sessions::SessionService::cacheKey(chatId));
                m_deps.cache->remove(QStringLiteral("rate:") + chatId);
                // Rare and asked for by an administrator: a short wait here is fine. If a reader holds the log
                // back, the next checkpoint that resets it removes the old pages.
                if (!m_deps.sqlitePath.isEmpty()) {
                    if (Status truncated = store::sqliteFile::truncateLog(m_deps.sqlitePath); !truncated)
                        qCWarning(lcStore)
                            << "after an erasure, the write-ahead log was not truncated:" << truncated.error().message;
                }
            }
            if (guard)
                done(counts);
        });
}

} // namespace concierge::ops
