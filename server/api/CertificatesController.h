#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::store {
struct CertificateRow;
}

namespace concierge::api {

struct ServerContext;

// Public certificate checks, for people who scan a certificate's QR code or type its number (rate-limited per
// address, revealing nothing beyond the pupil's first name and initial, the year and the date of issue):
//   GET /api/v1/certificates/{number}/verify -> 200 {"valid": true, "pupil", "school_year", "issued_at"} | 404
//   GET /verify/{number}                     -> the same as a small HTML page in French
// and the signed, expiring download link given to parents when WAHA cannot send files (PUBLIC_BASE_URL set):
//   GET /api/v1/certificates/{number}/download?expires=&sig= -> the PDF | 403 (bad or expired link)
class CertificatesController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificatesController)

public:
    static constexpr int kChecksPerMinute = 30;

    explicit CertificatesController(ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    using Found = std::function<void(const store::CertificateRow *certificate)>;
    // Rate limit, then lookup: `found` gets nullptr for an unknown number.
    void lookup(const http::HttpRequest &request, const QString &number, const http::Responder &respond, Found found);
    void verifyJson(const http::HttpRequest &request, const QString &number, http::Responder respond);
    void verifyPage(const http::HttpRequest &request, const QString &number, http::Responder respond);
    void download(const http::HttpRequest &request, const QString &number, http::Responder respond);

    ServerContext &m_ctx;
};

} // namespace concierge::api
