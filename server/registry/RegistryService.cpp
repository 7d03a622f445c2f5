#include "registry/RegistryService.h"

#include "domain/ParentCode.h"
#include "registry/BaserowRegistrySource.h"
#include "store/Database.h"
#include "store/RegistryRepository.h"

namespace concierge::registry {

RegistryService::RegistryService(store::Database *db, const BaserowRegistrySource *baserow)
    : m_db(db)
    , m_baserow(baserow && baserow->configured() ? baserow : nullptr)
{
}

void RegistryService::parentByCode(const QString &code, QObject *context, ParentCallback done) const
{
    const QString normalized = domain::ParentCode::normalize(code);
    if (m_baserow) {
        m_baserow->parentsWithCode(normalized, context, [done = std::move(done)](auto rows) {
            if (!rows)
                return done(rows.error());
            done(rows->isEmpty() ? std::optional<store::ParentRecord>() : std::optional(rows->constFirst()));
        });
        return;
    }
    m_db->run<std::optional<store::ParentRecord>>(
        [normalized](store::DbContext &ctx) -> Result<std::optional<store::ParentRecord>> {
            if (normalized.isEmpty())
                return std::optional<store::ParentRecord>();
            return store::RegistryRepository::parentByCode(ctx, normalized);
        },
        context, std::move(done));
}

void RegistryService::childrenOf(const QString &parentCode, QObject *context, ChildrenCallback done) const
{
    const QString normalized = domain::ParentCode::normalize(parentCode);
    if (m_baserow) {
        m_baserow->studentsOfParent(normalized, context, std::move(done));
        return;
    }
    m_db->run<QList<store::StudentRecord>>(
        [normalized](store::DbContext &ctx) -> Result<QList<store::StudentRecord>> {
            if (normalized.isEmpty())
                return QList<store::StudentRecord>();
            return store::RegistryRepository::studentsOfParent(ctx, normalized);
        },
        context, std::move(done));
}

void RegistryService::studentById(const QString &studentId, QObject *context, StudentCallback done) const
{
    const QString id = studentId.trimmed();
    if (m_baserow) {
        m_baserow->studentsWithId(id, context, [done = std::move(done)](auto rows) {
            if (!rows)
                return done(rows.error());
            done(rows->isEmpty() ? std::optional<store::StudentRecord>() : std::optional(rows->constFirst()));
        });
        return;
    }
    m_db->run<std::optional<store::StudentRecord>>(
        [id](store::DbContext &ctx) { return store::RegistryRepository::studentById(ctx, id); }, context,
        std::move(done));
}

} // namespace concierge::registry
