#include "http/Router.h"

namespace concierge::http {

QString PathParams::value(QAnyStringView name) const
{
    for (const auto &item : m_items) {
        if (QAnyStringView::compare(item.first, name) == 0)
            return item.second;
    }
    return {};
}

bool PathParams::contains(QAnyStringView name) const
{
    for (const auto &item : m_items) {
        if (QAnyStringView::compare(item.first, name) == 0)
            return true;
    }
    return false;
}

void PathParams::insert(const QString &name, const QString &value)
{
    m_items.append({name, value});
}

const Router::Route *Router::Entry::find(QByteArrayView method) const
{
    for (const Route &route : routes) {
        if (route.method == method)
            return &route;
    }
    if (method == "HEAD")
        return find("GET");
    return nullptr;
}

QByteArray Router::Entry::allowHeader() const
{
    QByteArray allow;
    bool hasGet = false;
    bool hasHead = false;
    for (const Route &route : routes) {
        if (!allow.isEmpty())
            allow += ", ";
        allow += route.method;
        hasGet = hasGet || route.method == "GET";
        hasHead = hasHead || route.method == "HEAD";
    }
    if (hasGet && !hasHead)
        allow += ", HEAD";
    return allow;
}

bool Router::Pattern::match(QByteArrayView path, PathParams *params) const
{
    if (!path.startsWith('/'))
        return false;
    path = path.sliced(1);
    params->clear();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const qsizetype slash = path.indexOf('/');
        const bool last = i == segments.size() - 1;
        if (last != (slash < 0))
            return false; // more or fewer segments than the pattern
        const QByteArrayView segment = slash < 0 ? path : path.first(slash);
        const Segment &expected = segments.at(i);
        if (expected.parameter.isEmpty()) {
            if (segment != expected.literal)
                return false;
        } else {
            if (segment.isEmpty())
                return false;
            params->insert(expected.parameter, QString::fromUtf8(segment));
        }
        if (slash >= 0)
            path = path.sliced(slash + 1);
    }
    return true;
}

void Router::add(QByteArray method, QByteArray pattern, RouteHandler handler)
{
    Route route{std::move(method), std::move(handler)};
    if (!pattern.contains('{')) {
        m_exact[pattern].routes.append(std::move(route));
        return;
    }
    for (Pattern &existing : m_patterns) {
        if (existing.text == pattern) {
            existing.entry.routes.append(std::move(route));
            return;
        }
    }
    Pattern compiled;
    compiled.text = pattern;
    const QList<QByteArray> parts = pattern.mid(1).split('/');
    for (const QByteArray &part : parts) {
        Segment segment;
        if (part.startsWith('{') && part.endsWith('}'))
            segment.parameter = QString::fromUtf8(part.mid(1, part.size() - 2));
        else
            segment.literal = part;
        compiled.segments.append(segment);
    }
    compiled.entry.routes.append(std::move(route));
    m_patterns.append(std::move(compiled));
}

void Router::handleRequest(const HttpRequest &request, Responder respond)
{
    const auto exact = m_exact.constFind(request.path);
    if (exact != m_exact.constEnd()) {
        answer(exact.value(), request, PathParams(), std::move(respond));
        return;
    }
    PathParams params;
    const Pattern *wrongMethod = nullptr;
    for (const Pattern &pattern : m_patterns) {
        if (!pattern.match(request.path, &params))
            continue;
        if (pattern.entry.find(request.method)) {
            answer(pattern.entry, request, params, std::move(respond));
            return;
        }
        if (!wrongMethod)
            wrongMethod = &pattern;
    }
    if (wrongMethod) {
        answer(wrongMethod->entry, request, params, std::move(respond));
        return;
    }
    respond(HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such resource")));
}

void Router::answer(const Entry &entry, const HttpRequest &request, const PathParams &params, Responder respond)
{
    if (const Route *route = entry.find(request.method)) {
        route->handler(request, params, std::move(respond));
        return;
    }
    HttpResponse response = HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                                QStringLiteral("Method not allowed on this resource"));
    response.headers.append({QByteArrayLiteral("Allow"), entry.allowHeader()});
    respond(std::move(response));
}

} // namespace concierge::http
