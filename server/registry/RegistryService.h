#pragma once

#include "core/Result.h"
#include "store/Records.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace concierge::store {
class Database;
}

namespace concierge::registry {

class BaserowRegistrySource;

// The catechism registry as the conversation sees it: a parent by code, a parent's children, a pupil by id.
// Codes are normalized (domain::ParentCode) before any lookup, and a code that is not one is never looked up. The
// local tables, or Baserow when a configured source is given (BASEROW_PARENTS_TABLE_ID, BASEROW_STUDENTS_TABLE_ID).
// Asynchronous: callbacks run in `context`'s thread, and not at all once it is destroyed.
class RegistryService
{
public:
    using ParentCallback = std::function<void(Result<std::optional<store::ParentRecord>>)>;
    using ChildrenCallback = std::function<void(Result<QList<store::StudentRecord>>)>;
    using StudentCallback = std::function<void(Result<std::optional<store::StudentRecord>>)>;

    explicit RegistryService(store::Database *db, const BaserowRegistrySource *baserow = nullptr);
    bool usesBaserow() const { return m_baserow != nullptr; }

    // "sa 4821", "SA-4821", "sa4821": the same parent; nullopt when unknown (or not a code at all).
    void parentByCode(const QString &code, QObject *context, ParentCallback done) const;
    // Ordered by student id; empty for an unknown code.
    void childrenOf(const QString &parentCode, QObject *context, ChildrenCallback done) const;
    void studentById(const QString &studentId, QObject *context, StudentCallback done) const;

private:
    store::Database *m_db;
    const BaserowRegistrySource *m_baserow = nullptr; // null: the local tables
};

} // namespace concierge::registry
