#include "integrations/BaserowClient.h"
#include "integrations/CurlClient.h"
#include "knowledge/BaserowFaqSource.h"
#include "support/FakeBaserow.h"

#include <QJsonArray>
#include <QTest>

#include <memory>
#include <optional>

using namespace concierge;
using namespace concierge::knowledge;
using concierge::testing::FakeBaserow;

namespace {

const QByteArray kToken = "faq-token-abcdef";
constexpr int kTable = 12;

QJsonObject select(const QString &value)
{
    return QJsonObject{
        {QStringLiteral("id"), 3}, {QStringLiteral("value"), value}, {QStringLiteral("color"), QStringLiteral("blue")}};
}

QList<QJsonObject> faqTable()
{
    return {
        QJsonObject{{QStringLiteral("question"), QStringLiteral("Horaires de messe ?")},
                    {QStringLiteral("answer"), QStringLiteral("Dimanche 8h30 et 10h30.")},
                    {QStringLiteral("keywords"), QStringLiteral("messe, horaires ;dimanche")},
                    {QStringLiteral("language"), select(QStringLiteral("fr"))}},
        QJsonObject{
            {QStringLiteral("Question"), QStringLiteral("Mass times?")},
            {QStringLiteral("Réponse"), QStringLiteral("Sunday 8:30 and 10:30.")},
            {QStringLiteral("Mots clés"), QJsonArray{select(QStringLiteral("mass")), select(QStringLiteral("sunday"))}},
            {QStringLiteral("Langue"), QStringLiteral("English")}},
        QJsonObject{{QStringLiteral("question"), QStringLiteral("Half-filled row")},
                    {QStringLiteral("answer"), QStringLiteral("")}},
        QJsonObject{{QStringLiteral("question"), QStringLiteral("Baptême ?")},
                    {QStringLiteral("answer"), QStringLiteral("Au secrétariat.")},
                    {QStringLiteral("language"), QJsonValue::Null}},
    };
}

} // namespace

class TestBaserowFaqSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeBaserow> m_fake;
    std::unique_ptr<integrations::CurlClient> m_http;
    std::unique_ptr<integrations::BaserowClient> m_client;
    std::unique_ptr<BaserowFaqSource> m_source;

    std::pair<QList<store::FaqRow>, bool> rows()
    {
        std::optional<std::pair<QList<store::FaqRow>, bool>> out;
        m_source->rows(this, [&out](QList<store::FaqRow> r, bool fromCache) { out.emplace(std::move(r), fromCache); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000); }();
        return out.value_or(std::pair<QList<store::FaqRow>, bool>{});
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeBaserow>(kToken);
        QVERIFY(m_fake->start());
        m_fake->setTable(kTable, faqTable());
        m_http = std::make_unique<integrations::CurlClient>();
        m_client = std::make_unique<integrations::BaserowClient>(
            m_http.get(), integrations::BaserowConfig{m_fake->baseUrl(), QString::fromLatin1(kToken), 2000, 50});
        m_source = std::make_unique<BaserowFaqSource>(m_client.get(), kTable);
    }

    void cleanup()
    {
        m_source.reset();
        m_client.reset();
        m_http.reset();
        m_fake.reset();
    }

    void convertsColumns()
    {
        const auto [faq, fromCache] = rows();
        QVERIFY(!fromCache);
        QCOMPARE(faq.size(), 3); // the half-filled row is skipped
        QCOMPARE(faq.at(0).id, 1);
        QCOMPARE(faq.at(0).question, QStringLiteral("Horaires de messe ?"));
        QCOMPARE(faq.at(0).keywords,
                 (QStringList{QStringLiteral("messe"), QStringLiteral("horaires"), QStringLiteral("dimanche")}));
        QCOMPARE(faq.at(0).language, QStringLiteral("fr"));
        QCOMPARE(faq.at(1).answer, QStringLiteral("Sunday 8:30 and 10:30."));
        QCOMPARE(faq.at(1).keywords, (QStringList{QStringLiteral("mass"), QStringLiteral("sunday")}));
        QCOMPARE(faq.at(1).language, QStringLiteral("en"));
        QCOMPARE(faq.at(2).id, 4);
        QCOMPARE(faq.at(2).language, QStringLiteral("fr")); // default
        QVERIFY(faq.at(2).keywords.isEmpty());
    }

    void cachedWithinTtl()
    {
        QVERIFY(!rows().second);
        const auto [faq, fromCache] = rows();
        QVERIFY(fromCache);
        QCOMPARE(faq.size(), 3);
        QCOMPARE(m_fake->listRequests().size(), 1);
        m_source->invalidate();
        QVERIFY(!rows().second);
        QCOMPARE(m_fake->listRequests().size(), 2);
    }

    void ttlExpiry()
    {
        m_source->setTtlMs(0);
        rows();
        m_fake->setTable(kTable, faqTable().mid(0, 1));
        const auto [faq, fromCache] = rows();
        QVERIFY(!fromCache);
        QCOMPARE(faq.size(), 1);
        QCOMPARE(m_fake->listRequests().size(), 2);
    }

    void singleFlight()
    {
        int calls = 0;
        QList<int> sizes;
        for (int i = 0; i < 3; ++i)
            m_source->rows(this, [&](QList<store::FaqRow> r, bool) {
                ++calls;
                sizes.append(int(r.size()));
            });
        QTRY_COMPARE(calls, 3);
        QCOMPARE(sizes, (QList<int>{3, 3, 3}));
        QCOMPARE(m_fake->listRequests().size(), 1);
    }

    void servesStaleRowsWhenDown()
    {
        QCOMPARE(rows().first.size(), 3);
        m_source->invalidate();
        m_fake->server().stop();
        const auto [faq, fromCache] = rows();
        QVERIFY(fromCache);
        QCOMPARE(faq.size(), 3);
        // Within the failure back-off, no new attempt.
        const int before = int(m_fake->server().requests().size());
        QVERIFY(rows().second);
        QCOMPARE(int(m_fake->server().requests().size()), before);
        // Baserow comes back: after the back-off, fresh rows again.
        m_source->setFailureBackoffMs(0);
        QVERIFY(m_fake->server().restart());
        m_fake->setTable(kTable, faqTable().mid(0, 2));
        const auto [fresh, cached] = rows();
        QVERIFY(!cached);
        QCOMPARE(fresh.size(), 2);
    }

    void emptyWhenNeverAnswered()
    {
        m_fake->server().stop();
        const auto [faq, fromCache] = rows();
        QVERIFY(faq.isEmpty());
        QVERIFY(!fromCache);
        QVERIFY(!m_source->hasCache());
    }

    void errorAnswerServesStale()
    {
        rows();
        m_source->invalidate();
        m_fake->enqueueOverride(
            FakeBaserow::errorResponse(404, QStringLiteral("ERROR_TABLE_DOES_NOT_EXIST"), QStringLiteral("gone")));
        const auto [faq, fromCache] = rows();
        QVERIFY(fromCache);
        QCOMPARE(faq.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestBaserowFaqSource)
#include "TestBaserowFaqSource.moc"
