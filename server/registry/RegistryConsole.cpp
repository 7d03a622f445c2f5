#include "registry/RegistryConsole.h"

#include "audit/AuditLog.h"
#include "store/Database.h"
#include "store/RegistryRepository.h"

namespace concierge::registry {

namespace {

QString viewDetail(const QString &what, const QString &search, int offset, int count)
{
    QString detail = QStringLiteral("%1 listed (%2 rows from %3)").arg(what).arg(count).arg(offset);
    if (!search.isEmpty())
        detail += QStringLiteral(", search \"%1\"").arg(search);
    return detail;
}

QString kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Parents: return QStringLiteral("parents");
    case ImportKind::Students: return QStringLiteral("students");
    case ImportKind::Faq: return QStringLiteral("faq");
    }
    return {};
}

} // namespace

RegistryConsole::RegistryConsole(store::Database *db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

void RegistryConsole::parents(const QString &search, int limit, int offset, const QString &actor, QObject *context,
                              std::function<void(Result<RegistryPage<store::ParentRecord>>)> done) const
{
    const qint64 now = m_clock.nowMs();
    m_db->run<RegistryPage<store::ParentRecord>>(
        [=](store::DbContext &ctx) -> Result<RegistryPage<store::ParentRecord>> {
            auto rows = store::RegistryRepository::parents(ctx, search, limit, offset);
            if (!rows)
                return rows.error();
            auto total = store::RegistryRepository::parentMatches(ctx, search);
            if (!total)
                return total.error();
            const audit::AuditRecord entry{actor, QString(), audit::AuditAction::RegistryViewed,
                                           viewDetail(QStringLiteral("parents"), search, offset, int(rows->size()))};
            if (auto logged = audit::AuditLog::appendIn(ctx, entry, now); !logged)
                return logged.error();
            return RegistryPage<store::ParentRecord>{rows.value(), total.value()};
        },
        context, std::move(done));
}

void RegistryConsole::students(const QString &search, const QString &parentCode, int limit, int offset,
                               const QString &actor, QObject *context,
                               std::function<void(Result<RegistryPage<store::StudentRecord>>)> done) const
{
    const qint64 now = m_clock.nowMs();
    m_db->run<RegistryPage<store::StudentRecord>>(
        [=](store::DbContext &ctx) -> Result<RegistryPage<store::StudentRecord>> {
            auto rows = store::RegistryRepository::students(ctx, search, parentCode, limit, offset);
            if (!rows)
                return rows.error();
            auto total = store::RegistryRepository::studentMatches(ctx, search, parentCode);
            if (!total)
                return total.error();
            QString what = QStringLiteral("pupils");
            if (!parentCode.isEmpty())
                what += QStringLiteral(" of ") + parentCode;
            const audit::AuditRecord entry{actor, QString(), audit::AuditAction::RegistryViewed,
                                           viewDetail(what, search, offset, int(rows->size()))};
            if (auto logged = audit::AuditLog::appendIn(ctx, entry, now); !logged)
                return logged.error();
            return RegistryPage<store::StudentRecord>{rows.value(), total.value()};
        },
        context, std::move(done));
}

void RegistryConsole::import(ImportKind kind, const QString &csv, const QString &actor, QObject *context,
                             std::function<void(Result<ImportReport>)> done) const
{
    RegistryImporter(m_db).importTextAsync(kind, csv, context,
                                           [this, kind, actor, done = std::move(done)](Result<ImportReport> report) {
                                               if (report) {
                                                   audit::AuditLog(m_db, m_clock)
                                                       .append({actor, QString(), audit::AuditAction::RegistryImported,
                                                                QStringLiteral("%1: accepted %2, rejected %3")
                                                                    .arg(kindName(kind))
                                                                    .arg(report->accepted)
                                                                    .arg(report->rejected.size())});
                                               }
                                               done(report);
                                           });
}

} // namespace concierge::registry
