#pragma once

#include "core/Result.h"
#include "store/CertificateRepository.h"

#include <QByteArray>
#include <QString>

namespace concierge::services::catechese {

// Who prints the certificate: from configuration (PARISH_NAME, PARISH_LOGO).
struct ParishIdentity
{
    QString name;
    QString logoPath; // PNG or JPEG; left out when empty or unreadable
};

// Draws a catechism certificate: one A4 page, in French, with the parish's name and logo, the pupil, the year, the
// attendance, the date of issue, the verification number and a QR code of the verification URL. Needs a
// QGuiApplication (fonts); any thread.
class CertificateWriter
{
public:
    // The PDF's bytes; errors: certificate_render (the painter could not start).
    static Result<QByteArray> write(const store::CertificateRow &certificate, const ParishIdentity &parish,
                                    const QString &verificationUrl);
    // "certificat-paul-diop-2025-2026.pdf": ASCII only, safe in a header and on any file system.
    static QString fileName(const store::CertificateRow &certificate);
};

} // namespace concierge::services::catechese
