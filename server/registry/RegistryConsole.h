#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "registry/RegistryImporter.h"
#include "store/Records.h"

#include <QList>
#include <QObject>

#include <functional>

namespace concierge::store {
class Database;
}

namespace concierge::registry {

template <typename Row> struct RegistryPage
{
    QList<Row> items;
    int total = 0;
};

// What the console does with the local registry: list parents and pupils a page at a time (each view of children's
// data is audited, in the same transaction) and import CSV files without blocking the server's thread.
class RegistryConsole
{
public:
    explicit RegistryConsole(store::Database *db, const Clock &clock = Clock::system());

    void parents(const QString &search, int limit, int offset, const QString &actor, QObject *context,
                 std::function<void(Result<RegistryPage<store::ParentRecord>>)> done) const;
    void students(const QString &search, const QString &parentCode, int limit, int offset, const QString &actor,
                  QObject *context, std::function<void(Result<RegistryPage<store::StudentRecord>>)> done) const;
    // Valid rows are written in one transaction, rejected ones reported by line; audited. Errors: the file is not
    // CSV or lacks a required column (csv_malformed, missing_column), database errors.
    void import(ImportKind kind, const QString &csv, const QString &actor, QObject *context,
                std::function<void(Result<ImportReport>)> done) const;

private:
    store::Database *m_db;
    const Clock &m_clock;
};

} // namespace concierge::registry
