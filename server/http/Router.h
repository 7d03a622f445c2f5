#pragma once

#include "http/HttpTypes.h"

#include <QHash>
#include <QString>
#include <QVarLengthArray>

namespace concierge::http {

// The {name} segments a pattern route captured, e.g. {"session_id": "abc"} for "/api/v1/sessions/{session_id}".
class PathParams
{
public:
    QString value(QAnyStringView name) const;
    bool contains(QAnyStringView name) const;
    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    void insert(const QString &name, const QString &value);
    void clear() { m_items.clear(); }

private:
    QVarLengthArray<QPair<QString, QString>, 4> m_items;
};

using RouteHandler = std::function<void(const HttpRequest &, const PathParams &, Responder)>;

// A table of {method, path pattern} -> handler. Exact paths are found by one hash lookup; patterns with {name}
// segments are matched segment by segment. Unknown path: 404; known path, other method: 405 with Allow.
// HEAD falls back to the GET route (the transport drops the body).
class Router final : public IRequestHandler
{
public:
    void add(QByteArray method, QByteArray pattern, RouteHandler handler);
    void handleRequest(const HttpRequest &request, Responder respond) override;

private:
    struct Route
    {
        QByteArray method;
        RouteHandler handler;
    };
    // All methods registered for one path or pattern.
    struct Entry
    {
        QList<Route> routes;
        const Route *find(QByteArrayView method) const;
        QByteArray allowHeader() const;
    };
    struct Segment
    {
        QByteArray literal;
        QString parameter; // non-empty: this segment captures
    };
    struct Pattern
    {
        QByteArray text;
        QList<Segment> segments;
        Entry entry;
        bool match(QByteArrayView path, PathParams *params) const;
    };

    static void answer(const Entry &entry, const HttpRequest &request, const PathParams &params, Responder respond);

    QHash<QByteArray, Entry> m_exact;
    QList<Pattern> m_patterns;
};

} // namespace concierge::http
