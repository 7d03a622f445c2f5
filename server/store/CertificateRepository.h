#pragma once

#include "core/Result.h"
#include "store/Database.h"

#include <optional>

namespace concierge::store {

// One issued certificate: what was printed on it, so that the same PDF can be produced again for a download and the
// verification page can confirm it.
struct CertificateRow
{
    qint64 id = 0;
    QString number; // "CERT-7K4Q-M9XD-3"
    QString studentId;
    QString firstName;
    QString lastName;
    QString birthDate; // "2014-03-12"
    QString level;
    QString schoolYear;
    int sessionsAttended = 0;
    int sessionsTotal = 0;
    QString chatId;   // the conversation that asked for it; empty when issued from the console
    QString issuedBy; // "bot" or an agent's username
    qint64 issuedAtMs = 0;
};

// The certificates table. Run inside Database jobs.
class CertificateRepository
{
public:
    // Fails (db error) when the number exists already: numbers are unique.
    static Result<qint64> insert(DbContext &ctx, CertificateRow &row);
    static Result<std::optional<CertificateRow>> byNumber(DbContext &ctx, const QString &number);
};

} // namespace concierge::store
