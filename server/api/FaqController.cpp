#include "api/FaqController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/PageQuery.h"
#include "api/ServerContext.h"
#include "knowledge/FaqEditor.h"

#include <QJsonArray>

namespace concierge::api {

using http::HttpResponse;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kAgent = QStringLiteral("agent");

// A path id, or 0 (no row has it).
qint64 faqId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

HttpResponse notFound(const QString &id)
{
    return apiError(QStringLiteral("faq_not_found"), QStringLiteral("no knowledge base entry with id %1").arg(id));
}

} // namespace

FaqController::FaqController(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void FaqController::registerRoutes(http::Router &router)
{
    router.add("GET", "/api/v1/faq",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   if (bearerWithRole(*m_ctx.jwt, request, respond, kAgent))
                       list(request, std::move(respond));
               });
    router.add("POST", "/api/v1/faq",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   if (auto claims = bearerWithRole(*m_ctx.jwt, request, respond, kAdmin))
                       add(claims->subject, request, std::move(respond));
               });
    router.add("PUT", "/api/v1/faq/{id}",
               [this](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
                   if (auto claims = bearerWithRole(*m_ctx.jwt, request, respond, kAdmin))
                       update(claims->subject, params.value(QStringLiteral("id")), request, std::move(respond));
               });
    router.add("DELETE", "/api/v1/faq/{id}",
               [this](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
                   if (auto claims = bearerWithRole(*m_ctx.jwt, request, respond, kAdmin))
                       remove(claims->subject, params.value(QStringLiteral("id")), std::move(respond));
               });
}

void FaqController::list(const http::HttpRequest &request, http::Responder respond)
{
    const auto page = PageQuery::parse(request, respond);
    if (!page)
        return;
    const bool readOnly = m_ctx.faq->readOnly();
    m_ctx.faq->list(page->search, page->limit, page->offset, this,
                    [respond, readOnly](Result<knowledge::FaqPage> rows) {
                        if (!rows) {
                            respond(errorResponse(rows.error()));
                            return;
                        }
                        QJsonArray items;
                        for (const store::FaqRow &row : rows->items)
                            items.append(knowledge::FaqEditor::toJson(row));
                        respond(HttpResponse::json(200, {{QStringLiteral("items"), items},
                                                         {QStringLiteral("total"), rows->total},
                                                         {QStringLiteral("read_only"), readOnly}}));
                    });
}

void FaqController::add(const QString &agent, const http::HttpRequest &request, http::Responder respond)
{
    const auto body = jsonBody(request, respond);
    if (!body)
        return;
    m_ctx.faq->add(*body, agent, this, [respond](Result<store::FaqRow> saved) {
        respond(saved ? HttpResponse::json(201, knowledge::FaqEditor::toJson(saved.value()))
                      : errorResponse(saved.error()));
    });
}

void FaqController::update(const QString &agent, const QString &id, const http::HttpRequest &request,
                           http::Responder respond)
{
    const auto body = jsonBody(request, respond);
    if (!body)
        return;
    if (faqId(id) == 0) {
        respond(notFound(id));
        return;
    }
    m_ctx.faq->update(faqId(id), *body, agent, this, [respond](Result<store::FaqRow> saved) {
        respond(saved ? HttpResponse::json(200, knowledge::FaqEditor::toJson(saved.value()))
                      : errorResponse(saved.error()));
    });
}

void FaqController::remove(const QString &agent, const QString &id, http::Responder respond)
{
    if (faqId(id) == 0) {
        respond(notFound(id));
        return;
    }
    m_ctx.faq->remove(faqId(id), agent, this, [respond, id](Status removed) {
        respond(removed ? HttpResponse::json(200, {{QStringLiteral("deleted"), id.toLongLong()}})
                        : errorResponse(removed.error()));
    });
}

} // namespace concierge::api
