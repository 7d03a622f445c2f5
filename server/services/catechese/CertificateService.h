#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "services/catechese/CertificateWriter.h"
#include "store/CertificateRepository.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace concierge::store {
class Database;
class DbContext;
struct StudentRecord;
} // namespace concierge::store

namespace concierge::services::catechese {

struct CertificateSettings
{
    ParishIdentity parish;
    QString publicBaseUrl; // PUBLIC_BASE_URL; empty: no QR URL and no download links
    QByteArray signingKey; // the JWT secret, for download links
    int linkValidHours = 72;
};

struct IssuedCertificate
{
    store::CertificateRow certificate;
    QByteArray pdf;
    QString fileName;        // "certificat-paul-diop-2025-2026.pdf"
    QString verificationUrl; // empty without PUBLIC_BASE_URL
};

// Issues catechism certificates: checks that the pupil's status allows one, records it (with its audit entry, in one
// transaction), and draws the PDF. Asynchronous: callbacks run in `context`'s thread (which must be able to paint:
// the server's or the GUI thread), and not at all once it is destroyed.
class CertificateService
{
public:
    CertificateService(store::Database *db, CertificateSettings settings, const Clock &clock = Clock::system());

    // Errors: student_not_found, certificate_not_allowed (e.g. a suspended pupil; the message names the status),
    // certificate_render, and database errors. `issuedBy`: "bot" or an agent's username; `chatId` may be empty.
    void issue(const QString &studentId, const QString &chatId, const QString &issuedBy, QObject *context,
               std::function<void(Result<IssuedCertificate>)> done) const;
    // The same for a pupil the caller already read (from the registry service: local tables or Baserow).
    void issueFor(const store::StudentRecord &student, const QString &chatId, const QString &issuedBy, QObject *context,
                  std::function<void(Result<IssuedCertificate>)> done) const;
    // A recorded certificate by its number (normalized first; a malformed number is not looked up).
    void find(const QString &number, QObject *context,
              std::function<void(Result<std::optional<store::CertificateRow>>)> done) const;
    // The PDF of a recorded certificate, the same as when it was issued.
    Result<QByteArray> render(const store::CertificateRow &certificate) const;
    // A signed link valid for settings.linkValidHours from now; empty without PUBLIC_BASE_URL.
    QString downloadLink(const QString &number) const;
    bool verifyLink(const QString &number, qint64 expiresSecs, const QString &sig) const;
    const CertificateSettings &settings() const { return m_settings; }

private:
    using Recorder = std::function<Result<store::CertificateRow>(store::DbContext &)>;
    void issueWith(Recorder recorder, QObject *context, std::function<void(Result<IssuedCertificate>)> done) const;

    store::Database *m_db;
    CertificateSettings m_settings;
    const Clock &m_clock;
};

} // namespace concierge::services::catechese
