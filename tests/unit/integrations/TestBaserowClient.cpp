#include "integrations/BaserowClient.h"
#include "integrations/CurlClient.h"
#include "support/FakeBaserow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace concierge;
using namespace concierge::integrations;
using concierge::testing::FakeBaserow;
using concierge::testing::FakeResponse;

namespace {

const QByteArray kToken = "db-token-0123456789abcdef";

QList<QJsonObject> makeRows(int n)
{
    QList<QJsonObject> rows;
    for (int i = 1; i <= n; ++i)
        rows.append(QJsonObject{{QStringLiteral("question"), QStringLiteral("Q%1").arg(i)},
                                {QStringLiteral("answer"), QStringLiteral("A%1").arg(i)}});
    return rows;
}

} // namespace

class TestBaserowClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeBaserow> m_fake;
    std::unique_ptr<CurlClient> m_http;
    std::unique_ptr<BaserowClient> m_client;

    BaserowConfig config(const QString &token = QString::fromLatin1(kToken)) const
    {
        return BaserowConfig{m_fake->baseUrl() + QStringLiteral("/"), token, 3000, 50};
    }

    Result<QList<QJsonObject>> list(int tableId)
    {
        std::optional<Result<QList<QJsonObject>>> out;
        m_client->listAllRows(tableId, this, [&out](Result<QList<QJsonObject>> r) { out.emplace(std::move(r)); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000); }();
        return out.value_or(Result<QList<QJsonObject>>(Error{}));
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeBaserow>(kToken);
        QVERIFY(m_fake->start());
        m_fake->setTable(42, makeRows(450));
        m_fake->setTable(7, {});
        m_http = std::make_unique<CurlClient>();
        m_client = std::make_unique<BaserowClient>(m_http.get(), config());
    }

    void cleanup()
    {
        m_client.reset();
        m_http.reset();
        m_fake.reset();
    }

    void followsPages()
    {
        const auto result = list(42);
        QVERIFY2(result.ok(), qPrintable(result.error().code));
        QCOMPARE(result->size(), 450);
        QCOMPARE(result->first().value(QLatin1String("id")).toInt(), 1);
        QCOMPARE(result->last().value(QLatin1String("id")).toInt(), 450);
        QCOMPARE(result->last().value(QLatin1String("question")).toString(), QStringLiteral("Q450"));
        const auto requests = m_fake->listRequests();
        QCOMPARE(requests.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto &r = requests.at(i);
            QCOMPARE(r.method, QByteArray("GET"));
            QCOMPARE(r.path, QByteArray("/api/database/rows/table/42/")); // trailing slash, no double slash
            QCOMPARE(r.header("authorization"), "Token " + kToken);
            const QUrlQuery q(QString::fromLatin1(r.query));
            QCOMPARE(q.queryItemValue(QStringLiteral("user_field_names")), QStringLiteral("true"));
            QCOMPARE(q.queryItemValue(QStringLiteral("size")), QStringLiteral("200"));
            QCOMPARE(q.queryItemValue(QStringLiteral("page")), QString::number(i + 1));
        }
    }

    void emptyTable()
    {
        const auto result = list(7);
        QVERIFY(result.ok());
        QVERIFY(result->isEmpty());
        QCOMPARE(m_fake->listRequests().size(), 1);
    }

    void exactlyOnePage()
    {
        m_fake->setTable(8, makeRows(200));
        const auto result = list(8);
        QVERIFY(result.ok());
        QCOMPARE(result->size(), 200);
        QCOMPARE(m_fake->listRequests().size(), 1);
    }

    void wrongToken()
    {
        m_client = std::make_unique<BaserowClient>(m_http.get(), config(QStringLiteral("wrong")));
        const auto result = list(42);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("ERROR_TOKEN_DOES_NOT_EXIST"));
        QCOMPARE(m_fake->listRequests().size(), 1);
    }

    void unknownTable()
    {
        const auto result = list(999);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("ERROR_TABLE_DOES_NOT_EXIST"));
        QCOMPARE(result.error().message, QStringLiteral("The requested table does not exist."));
    }

    void detailObject()
    {
        const QJsonObject detail{
            {QStringLiteral("question"),
             QJsonArray{QJsonObject{{QStringLiteral("error"), QStringLiteral("This field is required.")},
                                    {QStringLiteral("code"), QStringLiteral("required")}}}}};
        m_fake->enqueueOverride(
            FakeBaserow::errorResponse(400, QStringLiteral("ERROR_REQUEST_BODY_VALIDATION"), detail));
        const auto result = list(42);
        QCOMPARE(result.error().code, QStringLiteral("ERROR_REQUEST_BODY_VALIDATION"));
        QVERIFY(result.error().message.contains(QLatin1String("This field is required.")));
    }

    void throttledRetriedOnce()
    {
        FakeResponse throttled;
        throttled.status = 429;
        throttled.body = R"({"detail":"Request was throttled. Expected available in 1 second."})";
        throttled.headers = {{"Retry-After", "1"}};
        m_fake->enqueueOverride(throttled);
        const auto result = list(42);
        QVERIFY(result.ok());
        QCOMPARE(result->size(), 450);
        QCOMPARE(m_fake->listRequests().size(), 4); // page 1 twice, then 2 and 3

        m_fake->server().clearRequests();
        m_fake->enqueueOverride(throttled);
        m_fake->enqueueOverride(throttled);
        const auto again = list(42);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("baserow_http_429"));
        QVERIFY(again.error().message.contains(QLatin1String("throttled")));
        QCOMPARE(m_fake->listRequests().size(), 2);
    }

    void serverErrorWithoutJson()
    {
        FakeResponse boom;
        boom.status = 502;
        boom.contentType = "text/html";
        boom.body = "<html>Bad gateway</html>";
        m_fake->enqueueOverride(boom);
        const auto result = list(42);
        QCOMPARE(result.error().code, QStringLiteral("baserow_http_502"));
    }

    void unavailable()
    {
        m_fake->server().stop();
        const auto result = list(42);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("baserow_unavailable"));
    }

    void notConfigured()
    {
        m_client = std::make_unique<BaserowClient>(m_http.get(), BaserowConfig{});
        QVERIFY(!m_client->configured());
        const auto result = list(42);
        QCOMPARE(result.error().code, QStringLiteral("baserow_not_configured"));
        QCOMPARE(m_fake->listRequests().size(), 0);
    }

    // The fake itself keeps Baserow's contract: page size limit, field_<n> names, absolute next URLs.
    void fakeFollowsContract()
    {
        const auto get = [this](const QString &pathAndQuery) {
            std::optional<OutboundResponse> out;
            OutboundRequest req;
            req.url = QUrl(m_fake->baseUrl() + pathAndQuery);
            req.headers = {{"authorization", "Token " + kToken}};
            m_http->send(req, this, [&out](const OutboundResponse &r) { out = r; });
            [&] { QTRY_VERIFY(out.has_value()); }();
            return out.value_or(OutboundResponse{});
        };
        OutboundResponse r = get(QStringLiteral("/api/database/rows/table/42/?size=201"));
        QCOMPARE(r.status, 400);
        QCOMPARE(QJsonDocument::fromJson(r.body)[QLatin1String("error")].toString(),
                 QStringLiteral("ERROR_PAGE_SIZE_LIMIT"));
        r = get(QStringLiteral("/api/database/rows/table/42/?size=2"));
        QCOMPARE(r.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QLatin1String("count")).toInt(), 450);
        QVERIFY(body.value(QLatin1String("next")).toString().startsWith(m_fake->baseUrl() + QStringLiteral("/api/")));
        QVERIFY(body.value(QLatin1String("previous")).isNull());
        QVERIFY(body.value(QLatin1String("results"))[0].toObject().contains(QLatin1String("field_1")));
    }
};

QTEST_GUILESS_MAIN(TestBaserowClient)
#include "TestBaserowClient.moc"
