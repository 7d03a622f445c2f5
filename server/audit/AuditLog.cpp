#include "audit/AuditLog.h"

#include "core/Log.h"
#include "store/AuditRepository.h"
#include "store/Database.h"

#include <algorithm>
#include <array>
#include <utility>

namespace concierge::audit {

namespace {

constexpr std::array<std::pair<AuditAction, const char *>, 15> kNames{{
    {AuditAction::CodeChecked, "code_checked"},
    {AuditAction::CodeWrong, "code_wrong"},
    {AuditAction::Lockout, "lockout"},
    {AuditAction::Disclosure, "disclosure"},
    {AuditAction::CertificateIssued, "certificate_issued"},
    {AuditAction::CertificateRefused, "certificate_refused"},
    {AuditAction::CertificateRequested, "certificate_requested"},
    {AuditAction::ServiceChanged, "service_changed"},
    {AuditAction::FaqAdded, "faq_added"},
    {AuditAction::FaqChanged, "faq_changed"},
    {AuditAction::FaqDeleted, "faq_deleted"},
    {AuditAction::RegistryViewed, "registry_viewed"},
    {AuditAction::RegistryImported, "registry_imported"},
    {AuditAction::ContactExported, "contact_exported"},
    {AuditAction::ContactErased, "contact_erased"},
}};

} // namespace

QString auditActionName(AuditAction action)
{
    for (const auto &[value, name] : kNames) {
        if (value == action)
            return QLatin1String(name);
    }
    return {};
}

std::optional<AuditAction> auditActionFromName(const QString &name)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

Result<qint64> AuditLog::appendIn(store::DbContext &ctx, const AuditRecord &record, qint64 nowMs)
{
    store::AuditEntry entry{0, nowMs, record.actor, auditActionName(record.action), record.detail, record.chatId};
    return store::AuditRepository::append(ctx, entry);
}

void AuditLog::append(const AuditRecord &record, QObject *context, std::function<void(Result<qint64>)> done) const
{
    const qint64 now = m_clock.nowMs();
    std::function<void(Result<qint64>)> callback = std::move(done);
    if (!callback) {
        callback = [](Result<qint64> id) {
            if (!id)
                qCWarning(lcStore) << "audit entry lost:" << id.error().message;
        };
    }
    m_db->run<qint64>([record, now](store::DbContext &ctx) { return appendIn(ctx, record, now); }, context,
                      std::move(callback));
}

void AuditLog::query(const QString &chatId, qint64 sinceMs, int limit, QObject *context,
                     std::function<void(Result<QList<store::AuditEntry>>)> done) const
{
    const int bounded = std::clamp(limit, 1, kMaxLimit);
    m_db->run<QList<store::AuditEntry>>(
        [chatId, sinceMs, bounded](store::DbContext &ctx) {
            return store::AuditRepository::query(ctx, chatId, sinceMs, bounded);
        },
        context, std::move(done));
}

} // namespace concierge::audit
