#include "services/catechese/CertificateService.h"

#include "audit/AuditLog.h"
#include "domain/CertificateNumber.h"
#include "domain/PupilStatus.h"
#include "services/catechese/CertificateLinks.h"
#include "store/Database.h"
#include "store/RegistryRepository.h"

namespace concierge::services::catechese {

namespace {

constexpr int kNumberAttempts = 5;

// A number nobody holds yet (40 random bits: a collision is rare, but a second try costs nothing).
Result<QString> freshNumber(store::DbContext &ctx)
{
    for (int i = 0; i < kNumberAttempts; ++i) {
        const QString number = domain::CertificateNumber::generate();
        auto existing = store::CertificateRepository::byNumber(ctx, number);
        if (!existing)
            return existing.error();
        if (!existing.value())
            return number;
    }
    return Error{QStringLiteral("certificate_number"), QStringLiteral("no free certificate number")};
}

Result<store::CertificateRow> recordFor(store::DbContext &ctx, const store::StudentRecord &s, const QString &chatId,
                                        const QString &issuedBy, qint64 nowMs)
{
    if (!domain::certificateAllowed(domain::pupilStatusFromName(s.status)))
        return Error{QStringLiteral("certificate_not_allowed"),
                     QStringLiteral("the pupil's status (%1) does not allow a certificate").arg(s.status)};
    auto number = freshNumber(ctx);
    if (!number)
        return number.error();
    store::CertificateRow row{0,           number.value(), s.studentId,  s.firstName,        s.lastName,
                              s.birthDate, s.level,        s.schoolYear, s.sessionsAttended, s.sessionsTotal,
                              chatId,      issuedBy,       nowMs};
    if (auto id = store::CertificateRepository::insert(ctx, row); !id)
        return id.error();
    const audit::AuditRecord entry{issuedBy, chatId, audit::AuditAction::CertificateIssued,
                                   QStringLiteral("certificate %1 for %2 %3 (%4), %5")
                                       .arg(row.number, s.firstName, s.lastName, s.studentId, s.schoolYear)};
    if (auto id = audit::AuditLog::appendIn(ctx, entry, nowMs); !id)
        return id.error();
    return row;
}

Result<store::CertificateRow> record(store::DbContext &ctx, const QString &studentId, const QString &chatId,
                                     const QString &issuedBy, qint64 nowMs)
{
    auto student = store::RegistryRepository::studentById(ctx, studentId);
    if (!student)
        return student.error();
    if (!student.value())
        return Error{QStringLiteral("student_not_found"), QStringLiteral("no pupil ") + studentId};
    return recordFor(ctx, *student.value(), chatId, issuedBy, nowMs);
}

} // namespace

CertificateService::CertificateService(store::Database *db, CertificateSettings settings, const Clock &clock)
    : m_db(db)
    , m_settings(std::move(settings))
    , m_clock(clock)
{
}

void CertificateService::issue(const QString &studentId, const QString &chatId, const QString &issuedBy,
                               QObject *context, std::function<void(Result<IssuedCertificate>)> done) const
{
    const qint64 now = m_clock.nowMs();
    issueWith([studentId, chatId, issuedBy,
               now](store::DbContext &ctx) { return record(ctx, studentId, chatId, issuedBy, now); },
              context, std::move(done));
}

void CertificateService::issueFor(const store::StudentRecord &student, const QString &chatId, const QString &issuedBy,
                                  QObject *context, std::function<void(Result<IssuedCertificate>)> done) const
{
    const qint64 now = m_clock.nowMs();
    issueWith([student, chatId, issuedBy,
               now](store::DbContext &ctx) { return recordFor(ctx, student, chatId, issuedBy, now); },
              context, std::move(done));
}

void CertificateService::issueWith(Recorder recorder, QObject *context,
                                   std::function<void(Result<IssuedCertificate>)> done) const
{
    m_db->run<store::CertificateRow>(
        std::move(recorder), context, [this, done = std::move(done)](Result<store::CertificateRow> row) {
            if (!row) {
                done(row.error());
                return;
            }
            auto pdf = render(row.value());
            if (!pdf) {
                done(pdf.error());
                return;
            }
            done(IssuedCertificate{row.value(), pdf.value(), CertificateWriter::fileName(row.value()),
                                   CertificateLinks::verificationUrl(m_settings.publicBaseUrl, row->number)});
        });
}

void CertificateService::find(const QString &number, QObject *context,
                              std::function<void(Result<std::optional<store::CertificateRow>>)> done) const
{
    const QString normalized = domain::CertificateNumber::normalize(number);
    if (!domain::CertificateNumber::isValid(normalized)) {
        // Not worth a database round trip, but answered the same way (asynchronously) as an unknown number.
        m_db->run<std::optional<store::CertificateRow>>(
            [](store::DbContext &) { return std::optional<store::CertificateRow>(); }, context, std::move(done));
        return;
    }
    m_db->run<std::optional<store::CertificateRow>>(
        [normalized](store::DbContext &ctx) { return store::CertificateRepository::byNumber(ctx, normalized); },
        context, std::move(done));
}

Result<QByteArray> CertificateService::render(const store::CertificateRow &certificate) const
{
    return CertificateWriter::write(certificate, m_settings.parish,
                                    CertificateLinks::verificationUrl(m_settings.publicBaseUrl, certificate.number));
}

QString CertificateService::downloadLink(const QString &number) const
{
    const qint64 expires = m_clock.nowMs() / 1000 + qint64(m_settings.linkValidHours) * 3600;
    return CertificateLinks::downloadUrl(m_settings.publicBaseUrl, m_settings.signingKey, number, expires);
}

bool CertificateService::verifyLink(const QString &number, qint64 expiresSecs, const QString &sig) const
{
    return CertificateLinks::verify(m_settings.signingKey, number, expiresSecs, sig, m_clock.nowMs());
}

} // namespace concierge::services::catechese
