#include "api/RegistryController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/PageQuery.h"
#include "api/ServerContext.h"
#include "knowledge/FaqEditor.h"
#include "registry/RegistryConsole.h"

#include <QJsonArray>
#include <QStringDecoder>

namespace concierge::api {

using http::HttpResponse;

namespace {

const QString kAdmin = QStringLiteral("admin");

QJsonObject parentJson(const store::ParentRecord &p)
{
    return {{QStringLiteral("parent_code"), p.parentCode},
            {QStringLiteral("full_name"), p.fullName},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("email"), p.email}};
}

QJsonObject studentJson(const store::StudentRecord &s)
{
    return {{QStringLiteral("student_id"), s.studentId},
            {QStringLiteral("parent_code"), s.parentCode},
            {QStringLiteral("first_name"), s.firstName},
            {QStringLiteral("last_name"), s.lastName},
            {QStringLiteral("birth_date"), s.birthDate},
            {QStringLiteral("level"), s.level},
            {QStringLiteral("school_year"), s.schoolYear},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("sessions_attended"), s.sessionsAttended},
            {QStringLiteral("sessions_total"), s.sessionsTotal},
            {QStringLiteral("sacrament"), s.sacrament}};
}

template <typename Row>
std::function<void(Result<registry::RegistryPage<Row>>)> pageResponder(http::Responder respond,
                                                                       QJsonObject (*toJson)(const Row &))
{
    return [respond = std::move(respond), toJson](Result<registry::RegistryPage<Row>> page) {
        if (!page) {
            respond(errorResponse(page.error()));
            return;
        }
        QJsonArray items;
        for (const Row &row : page->items)
            items.append(toJson(row));
        respond(HttpResponse::json(200, {{QStringLiteral("items"), items}, {QStringLiteral("total"), page->total}}));
    };
}

QJsonObject reportJson(const registry::ImportReport &report)
{
    QJsonArray errors;
    for (const registry::ImportRejection &r : report.rejected)
        errors.append(QJsonObject{{QStringLiteral("line"), r.line}, {QStringLiteral("message"), r.reason}});
    return {{QStringLiteral("accepted"), report.accepted},
            {QStringLiteral("rejected"), int(report.rejected.size())},
            {QStringLiteral("errors"), errors}};
}

} // namespace

RegistryController::RegistryController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void RegistryController::registerRoutes(http::Router &router)
{
    router.add("GET", "/api/v1/registry/parents",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   if (auto claims = bearerWithRole(*m_ctx.jwt, request, respond, kAdmin))
                       parents(claims->subject, request, std::move(respond));
               });
    router.add("GET", "/api/v1/registry/students",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   if (auto claims = bearerWithRole(*m_ctx.jwt, request, respond, kAdmin))
                       students(claims->subject, request, std::move(respond));
               });
    router.add("POST", "/api/v1/registry/import/{kind}",
               [this](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
                   if (auto claims = bearerWithRole(*m_ctx.jwt, request, respond, kAdmin))
                       import(claims->subject, params.value(QStringLiteral("kind")), request, std::move(respond));
               });
}

void RegistryController::parents(const QString &agent, const http::HttpRequest &request, http::Responder respond)
{
    const auto page = PageQuery::parse(request, respond);
    if (!page)
        return;
    m_ctx.registryConsole->parents(page->search, page->limit, page->offset, agent, this,
                                   pageResponder<store::ParentRecord>(std::move(respond), &parentJson));
}

void RegistryController::students(const QString &agent, const http::HttpRequest &request, http::Responder respond)
{
    const auto page = PageQuery::parse(request, respond);
    if (!page)
        return;
    m_ctx.registryConsole->students(page->search, page->value(QStringLiteral("parent_code")), page->limit, page->offset,
                                    agent, this, pageResponder<store::StudentRecord>(std::move(respond), &studentJson));
}

void RegistryController::import(const QString &agent, const QString &kindName, const http::HttpRequest &request,
                                http::Responder respond)
{
    const auto kind = registry::importKindFromName(kindName);
    if (!kind) {
        respond(apiError(QStringLiteral("not_found"),
                         QStringLiteral("import parents, students or faq, not \"%1\"").arg(kindName)));
        return;
    }
    if (*kind == registry::ImportKind::Faq && m_ctx.faq->readOnly()) {
        respond(apiError(QStringLiteral("faq_read_only"),
                         QStringLiteral("the knowledge base comes from Baserow: import it in Baserow")));
        return;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString csv = utf8(request.body);
    if (csv.trimmed().isEmpty() || csv.contains(QChar(0))) {
        respond(apiError(QStringLiteral("invalid_csv"), QStringLiteral("the file is empty or is not a CSV text file")));
        return;
    }
    if (utf8.hasError()) { // a spreadsheet's "CSV" in another encoding would garble every accent
        respond(apiError(QStringLiteral("invalid_csv"),
                         QStringLiteral("the file is not UTF-8: save it as \"CSV UTF-8\" and import it again")));
        return;
    }
    knowledge::FaqEditor *faq = m_ctx.faq;
    m_ctx.registryConsole->import(*kind, csv, agent, this, [respond, kind, faq](Result<registry::ImportReport> report) {
        if (!report) {
            const bool unreadable = report.error().code == u"csv_malformed" || report.error().code == u"missing_column";
            respond(unreadable ? apiError(QStringLiteral("invalid_csv"), report.error().message)
                               : errorResponse(report.error()));
            return;
        }
        if (*kind == registry::ImportKind::Faq)
            faq->reload(); // the assistant answers from the imported rows at once
        respond(HttpResponse::json(200, reportJson(report.value())));
    });
}

} // namespace concierge::api
