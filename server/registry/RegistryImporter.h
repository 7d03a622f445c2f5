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

enum class ImportKind { Parents, Students, Faq };

// "parents" | "students" | "faq" (the command line's and the console's names).
std::optional<ImportKind> importKindFromName(const QString &name);

struct ImportRejection
{
    int line = 0; // in the file, the header being line 1
    QString reason;
};

struct ImportReport
{
    int accepted = 0;
    QList<ImportRejection> rejected;
    // "line 4: unknown parent code SA-9999" ... then "accepted 3, rejected 1".
    QStringList lines() const;
};

// Imports a CSV file into the registry tables (parents by parent_code, students by student_id) or the FAQ (by id):
// valid rows are upserted, invalid ones are reported with their line and left out. All the valid rows are written in
// one transaction, so that a failure leaves the tables as they were. Blocking (Database::runSync): for the command
// line and for the console's import, off the server's hot path.
class RegistryImporter
{
public:
    explicit RegistryImporter(store::Database *db)
        : m_db(db)
    {
    }

    // Errors: io_error (the file cannot be read), csv_malformed (not CSV), missing_column, and database errors.
    Result<ImportReport> importFile(ImportKind kind, const QString &path) const;
    Result<ImportReport> importText(ImportKind kind, const QString &csv) const;
    // The same, without blocking: parsed in the caller's thread, written by a database job; `done` runs in
    // `context`'s thread (the console's import through the API).
    void importTextAsync(ImportKind kind, const QString &csv, QObject *context,
                         std::function<void(Result<ImportReport>)> done) const;

private:
    store::Database *m_db;
};

} // namespace concierge::registry
