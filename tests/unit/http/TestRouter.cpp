#include "http/Router.h"

#include <QJsonDocument>
#include <QTest>

using namespace concierge::http;

namespace {

HttpRequest request(QByteArray method, QByteArray path)
{
    HttpRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    return r;
}

// Runs the router synchronously and returns what the handler answered.
HttpResponse route(Router &router, const HttpRequest &r)
{
    HttpResponse captured;
    captured.status = -1;
    router.handleRequest(r, [&captured](HttpResponse response) { captured = std::move(response); });
    return captured;
}

QString errorCode(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object().value(u"error").toObject().value(u"code").toString();
}

QByteArray headerOf(const HttpResponse &response, QByteArrayView name)
{
    for (const auto &field : response.headers)
        if (QByteArrayView(field.first).compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    return {};
}

RouteHandler answering(QByteArray text, PathParams *seen = nullptr)
{
    return [text, seen](const HttpRequest &, const PathParams &params, Responder respond) {
        if (seen)
            *seen = params;
        respond(HttpResponse::text(200, text));
    };
}

} // namespace

class TestRouter final : public QObject
{
    Q_OBJECT

private slots:
    void exactRoutes()
    {
        Router router;
        router.add("GET", "/health", answering("health"));
        router.add("POST", "/api/v1/webhook", answering("webhook"));
        QCOMPARE(route(router, request("GET", "/health")).body, "health");
        QCOMPARE(route(router, request("POST", "/api/v1/webhook")).body, "webhook");
    }

    void unknownPathIs404()
    {
        Router router;
        router.add("GET", "/health", answering("health"));
        router.add("GET", "/api/v1/sessions/{session_id}", answering("session"));
        for (const QByteArray &path :
             {QByteArray("/nope"), QByteArray("/health/"), QByteArray("/api/v1/sessions"),
              QByteArray("/api/v1/sessions/"), QByteArray("/api/v1/sessions/a/b"), QByteArray("")}) {
            const HttpResponse response = route(router, request("GET", path));
            QCOMPARE(response.status, 404);
            QCOMPARE(response.contentType, "application/json");
            QCOMPARE(errorCode(response), u"not_found");
        }
    }

    void wrongMethodIs405WithAllow()
    {
        Router router;
        router.add("GET", "/health", answering("health"));
        router.add("POST", "/api/v1/sessions/{session_id}", answering("post"));
        router.add("DELETE", "/api/v1/sessions/{session_id}", answering("delete"));
        HttpResponse response = route(router, request("PUT", "/health"));
        QCOMPARE(response.status, 405);
        QCOMPARE(errorCode(response), u"method_not_allowed");
        QCOMPARE(headerOf(response, "allow"), "GET, HEAD");

        response = route(router, request("GET", "/api/v1/sessions/abc"));
        QCOMPARE(response.status, 405);
        QCOMPARE(headerOf(response, "Allow"), "POST, DELETE");
    }

    void headFallsBackToGet()
    {
        Router router;
        router.add("GET", "/health", answering("health"));
        QCOMPARE(route(router, request("HEAD", "/health")).status, 200);
    }

    void patternCapturesSegments()
    {
        Router router;
        PathParams seen;
        router.add("GET", "/api/v1/sessions/{session_id}", answering("get", &seen));
        router.add("POST", "/api/v1/sessions/{session_id}", answering("post", &seen));
        router.add("GET", "/api/v1/conversations/{chat}/messages/{message}", answering("message", &seen));

        QCOMPARE(route(router, request("GET", "/api/v1/sessions/abc-123")).body, "get");
        QCOMPARE(seen.value(u"session_id"), u"abc-123");
        QCOMPARE(seen.size(), 1);
        QCOMPARE(route(router, request("POST", "/api/v1/sessions/x")).body, "post");
        QCOMPARE(seen.value(u"session_id"), u"x");

        QCOMPARE(route(router, request("GET", "/api/v1/conversations/221@c.us/messages/42")).body, "message");
        QCOMPARE(seen.value(u"chat"), u"221@c.us");
        QCOMPARE(seen.value(u"message"), u"42");
        QVERIFY(seen.contains(u"chat"));
        QVERIFY(!seen.contains(u"session_id"));
        QVERIFY(seen.value(u"absent").isNull());
    }

    void utf8Parameter()
    {
        Router router;
        PathParams seen;
        router.add("GET", "/api/v1/sessions/{session_id}", answering("get", &seen));
        route(router, request("GET", QByteArrayLiteral("/api/v1/sessions/caf\xc3\xa9")));
        QCOMPARE(seen.value(u"session_id"), QStringLiteral("caf\u00e9"));
    }

    void exactWinsOverPattern()
    {
        Router router;
        router.add("GET", "/api/v1/sessions/{session_id}", answering("pattern"));
        router.add("GET", "/api/v1/sessions/current", answering("exact"));
        QCOMPARE(route(router, request("GET", "/api/v1/sessions/current")).body, "exact");
        QCOMPARE(route(router, request("GET", "/api/v1/sessions/other")).body, "pattern");
    }

    void laterPatternWithMatchingMethodWins()
    {
        Router router;
        router.add("GET", "/items/{id}", answering("item"));
        router.add("POST", "/{collection}/{id}", answering("generic"));
        QCOMPARE(route(router, request("POST", "/items/1")).body, "generic");
        QCOMPARE(route(router, request("GET", "/items/1")).body, "item");
        QCOMPARE(route(router, request("DELETE", "/items/1")).status, 405);
    }

    void handlerGetsRequestAndMayDefer()
    {
        Router router;
        Responder kept;
        router.add("POST", "/api/v1/webhook", [&kept](const HttpRequest &r, const PathParams &, Responder respond) {
            QCOMPARE(r.body, "payload");
            kept = std::move(respond);
        });
        HttpRequest r = request("POST", "/api/v1/webhook");
        r.body = "payload";
        int calls = 0;
        router.handleRequest(r, [&calls](HttpResponse response) {
            ++calls;
            QCOMPARE(response.status, 202);
        });
        QCOMPARE(calls, 0);
        kept(HttpResponse::json(202, {}));
        QCOMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "TestRouter.moc"
