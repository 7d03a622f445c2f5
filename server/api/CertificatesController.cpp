#include "api/CertificatesController.h"

#include "api/ApiErrors.h"
#include "api/ServerContext.h"
#include "services/catechese/CertificateService.h"
#include "services/catechese/CertificateWriter.h"
#include "store/SessionCache.h"

#include <QDateTime>
#include <QLocale>
#include <QUrlQuery>

namespace concierge::api {

using http::HttpResponse;

namespace {

// "Paul D.": enough to match the paper in one's hand, not enough to learn anything new.
QString shortName(const store::CertificateRow &c)
{
    const QString initial = c.lastName.trimmed().isEmpty() ? QString() : c.lastName.trimmed().left(1).toUpper();
    return initial.isEmpty() ? c.firstName : QString(c.firstName + u' ' + initial + u'.');
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

HttpResponse notFound()
{
    return apiError(QStringLiteral("not_found"), QStringLiteral("no such certificate"));
}

HttpResponse html(int status, const QString &title, const QString &body)
{
    const QString page = QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                        "<title>%1</title><style>body{font-family:sans-serif;max-width:36em;"
                                        "margin:2em auto;padding:0 1em;line-height:1.5}</style></head>"
                                        "<body><h1>%1</h1>%2</body></html>\n")
                             .arg(title.toHtmlEscaped(), body);
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = page.toUtf8();
    return r;
}

QString frenchDate(qint64 ms)
{
    return QLocale(QLocale::French).toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QStringLiteral("d MMMM yyyy"));
}

} // namespace

CertificatesController::CertificatesController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void CertificatesController::registerRoutes(http::Router &router)
{
    router.add("GET", "/api/v1/certificates/{number}/verify",
               [this](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
                   verifyJson(request, params.value(QStringLiteral("number")), std::move(respond));
               });
    router.add("GET", "/verify/{number}",
               [this](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
                   verifyPage(request, params.value(QStringLiteral("number")), std::move(respond));
               });
    router.add("GET", "/api/v1/certificates/{number}/download",
               [this](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
                   download(request, params.value(QStringLiteral("number")), std::move(respond));
               });
}

void CertificatesController::lookup(const http::HttpRequest &request, const QString &number,
                                    const http::Responder &respond, Found found)
{
    const QString key = QStringLiteral("certverify:") + request.peer.toString();
    m_ctx.cache->hit(key, 60, this, [this, number, respond, found = std::move(found)](qint64 hits) {
        if (hits > kChecksPerMinute) {
            HttpResponse r = apiError(QStringLiteral("rate_limited"), QStringLiteral("too many checks, wait a minute"));
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("60")));
            respond(r);
            return;
        }
        m_ctx.certificates->find(number, this,
                                 [respond, found](Result<std::optional<store::CertificateRow>> certificate) {
                                     if (!certificate)
                                         respond(storageUnavailable(certificate.error().message));
                                     else
                                         found(certificate.value() ? &*certificate.value() : nullptr);
                                 });
    });
}

void CertificatesController::verifyJson(const http::HttpRequest &request, const QString &number,
                                        http::Responder respond)
{
    lookup(request, number, respond, [respond](const store::CertificateRow *c) {
        if (!c) {
            respond(notFound());
            return;
        }
        respond(HttpResponse::json(200, {{QStringLiteral("valid"), true},
                                         {QStringLiteral("number"), c->number},
                                         {QStringLiteral("pupil"), shortName(*c)},
                                         {QStringLiteral("school_year"), c->schoolYear},
                                         {QStringLiteral("issued_at"), isoTime(c->issuedAtMs)}}));
    });
}

void CertificatesController::verifyPage(const http::HttpRequest &request, const QString &number,
                                        http::Responder respond)
{
    lookup(request, number, respond, [respond, number](const store::CertificateRow *c) {
        if (!c) {
            respond(html(404, QStringLiteral("Certificat introuvable"),
                         QStringLiteral("<p>Aucun certificat ne porte le numéro <strong>%1</strong>. Vérifiez le "
                                        "numéro ou contactez le secrétariat de la paroisse.</p>")
                             .arg(number.left(40).toHtmlEscaped())));
            return;
        }
        respond(html(200, QStringLiteral("Certificat authentique"),
                     QStringLiteral("<p>Le certificat <strong>%1</strong> a bien été délivré par la paroisse.</p>"
                                    "<ul><li>Élève : %2</li><li>Année : %3</li><li>Délivré le : %4</li></ul>")
                         .arg(c->number.toHtmlEscaped(), shortName(*c).toHtmlEscaped(), c->schoolYear.toHtmlEscaped(),
                              frenchDate(c->issuedAtMs).toHtmlEscaped())));
    });
}

void CertificatesController::download(const http::HttpRequest &request, const QString &number, http::Responder respond)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    const qint64 expires = query.queryItemValue(QStringLiteral("expires")).toLongLong();
    const QString sig = query.queryItemValue(QStringLiteral("sig"));
    if (m_ctx.certificates->settings().publicBaseUrl.isEmpty()) {
        respond(notFound());
        return;
    }
    if (!m_ctx.certificates->verifyLink(number, expires, sig)) {
        respond(apiError(QStringLiteral("forbidden"), QStringLiteral("this link is not valid or has expired")));
        return;
    }
    m_ctx.certificates->find(number, this, [this, respond](Result<std::optional<store::CertificateRow>> c) {
        if (!c) {
            respond(storageUnavailable(c.error().message));
            return;
        }
        if (!c.value()) {
            respond(notFound());
            return;
        }
        auto pdf = m_ctx.certificates->render(*c.value());
        if (!pdf) {
            respond(apiError(pdf.error().code, pdf.error().message));
            return;
        }
        HttpResponse r;
        r.contentType = "application/pdf";
        r.body = pdf.value();
        const QString fileName = services::catechese::CertificateWriter::fileName(*c.value());
        r.headers.append(qMakePair(QByteArray("Content-Disposition"),
                                   QByteArray(QByteArray("attachment; filename=\"") + fileName.toLatin1() + '"')));
        respond(r);
    });
}

} // namespace concierge::api
