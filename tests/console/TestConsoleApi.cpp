// Issue 8, the console API's read side: the conversation list (owner filter, search, unread, cursor paging over
// 2,000 chats), one conversation, its messages, and the agents' accounts and roles (403 for an agent creating an
// account, disabled agents refused at login and on their next request).
#include "conversations/ConversationService.h"
#include "store/Database.h"
#include "store/InteractionRepository.h"
#include "store/UserRepository.h"
#include "support/PipelineKit.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace concierge;
using namespace concierge::testing;

namespace {

QString errorCode(const HttpResult &r)
{
    return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QJsonArray items(const HttpResult &r)
{
    return r.json().value(QLatin1String("items")).toArray();
}

const QString kMarie = QStringLiteral("221770000001@c.us");
const QString kPaul = QStringLiteral("221770000002@c.us");
const QString kAnne = QStringLiteral("221770000003@c.us");

} // namespace

class TestConsoleApi : public QObject
{
    Q_OBJECT

private:
    PipelineRig m_rig;
    QByteArray m_admin;

    HttpResult get(const QString &path, const QByteArray &token) { return m_rig.server.get(path, token); }
    HttpResult post(const QString &path, const QJsonObject &body, const QByteArray &token)
    {
        return m_rig.server.post(path, body, token);
    }
    QByteArray login(const QString &username, const QString &password, HttpResult *result = nullptr)
    {
        const HttpResult r = post(QStringLiteral("/api/v1/auth/login"),
                                  {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}}, {});
        if (result)
            *result = r;
        return r.json().value(QLatin1String("access_token")).toString().toUtf8();
    }
    // One message from the chat, answered by the assistant, before the next.
    bool converse(const QString &chatId, const QString &text, const QString &id, const QString &name)
    {
        const int before = m_rig.repliesTo(chatId);
        if (m_rig.server.postWebhook(FakeWaha::textWebhookBody(chatId, text, id, name)).status != 200)
            return false;
        return QTest::qWaitFor([&] { return m_rig.repliesTo(chatId) > before; }, 10000);
    }

private slots:
    void initTestCase()
    {
        PIPELINE_START(m_rig);
        m_admin = m_rig.server.login();
        QVERIFY(!m_admin.isEmpty());
        QVERIFY(converse(kMarie, QStringLiteral("Bonjour"), QStringLiteral("m1"), QStringLiteral("Marie Diop")));
        QVERIFY(converse(kPaul, QStringLiteral("Avez-vous le formulaire Xylophone ?"), QStringLiteral("p1"),
                         QStringLiteral("Paul Sarr")));
        QVERIFY(converse(kAnne, QStringLiteral("Bonsoir"), QStringLiteral("a1"), QStringLiteral("Anne")));
    }

    void listIsNewestFirstWithSummaries()
    {
        QCOMPARE(get(QStringLiteral("/api/v1/conversations"), {}).status, 401);
        const HttpResult r = get(QStringLiteral("/api/v1/conversations"), m_admin);
        QCOMPARE(r.status, 200);
        const QJsonArray list = items(r);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).toObject().value(u"chat_id").toString(), kAnne);
        QCOMPARE(list.at(2).toObject().value(u"chat_id").toString(), kMarie);
        const QJsonObject marie = list.at(2).toObject();
        QCOMPARE(marie.value(u"contact_name").toString(), u"Marie Diop");
        QCOMPARE(marie.value(u"phone").toString(), u"221770000001");
        QCOMPARE(marie.value(u"owner").toString(), u"bot");
        QCOMPARE(marie.value(u"last_message").toObject().value(u"author").toString(), u"assistant");
        QVERIFY(marie.value(u"last_activity").toDouble() > 0);
        QVERIFY(marie.value(u"waiting_since").isNull());
        QCOMPARE(marie.value(u"unread").toInt(), 1);
        QVERIFY(r.json().value(u"next_cursor").isNull());
    }

    void ownerFilterAndQueuedConversation()
    {
        bool done = false;
        QObject context;
        conversations::ConversationService(m_rig.db())
            .changeOwner(kPaul, domain::ConversationOwner::queued(), 0, &context,
                         [&](Result<conversations::OwnerChange> change) { done = change && change->applied; });
        QTRY_VERIFY(done);
        QJsonArray queued = items(get(QStringLiteral("/api/v1/conversations?owner=queued"), m_admin));
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.at(0).toObject().value(u"chat_id").toString(), kPaul);
        QCOMPARE(queued.at(0).toObject().value(u"owner").toString(), u"queued");
        QCOMPARE(items(get(QStringLiteral("/api/v1/conversations?owner=bot"), m_admin)).size(), 2);
        QCOMPARE(items(get(QStringLiteral("/api/v1/conversations?owner=human"), m_admin)).size(), 0);
        const HttpResult bad = get(QStringLiteral("/api/v1/conversations?owner=robot"), m_admin);
        QCOMPARE(bad.status, 400);
        QCOMPARE(errorCode(bad), u"invalid_query");
        QCOMPARE(get(QStringLiteral("/api/v1/conversations?cursor=nonsense"), m_admin).status, 400);
    }

    void searchByNameNumberAndText()
    {
        auto found = [this](const QString &q) {
            QStringList chats;
            for (const QJsonValue &item : items(get(QStringLiteral("/api/v1/conversations?q=") + q, m_admin)))
                chats.append(item.toObject().value(u"chat_id").toString());
            return chats;
        };
        QCOMPARE(found(QStringLiteral("XYLOPHONE")), QStringList{kPaul});
        QCOMPARE(found(QStringLiteral("diop")), QStringList{kMarie});
        QCOMPARE(found(QStringLiteral("0000003")), QStringList{kAnne});
        QCOMPARE(found(QStringLiteral("100%25")), QStringList{});
    }

    void oneConversationAndReadMarker()
    {
        const QString path = QStringLiteral("/api/v1/conversations/") + kMarie;
        HttpResult r = get(path, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"chat_id").toString(), kMarie);
        QCOMPARE(r.json().value(u"unread").toInt(), 1);
        QCOMPARE(post(path + QStringLiteral("/read"), {}, m_admin).status, 200);
        QCOMPARE(get(path, m_admin).json().value(u"unread").toInt(), 0);
        QVERIFY(converse(kMarie, QStringLiteral("Merci"), QStringLiteral("m2"), QStringLiteral("Marie Diop")));
        QCOMPARE(get(path, m_admin).json().value(u"unread").toInt(), 1);

        const HttpResult missing = get(QStringLiteral("/api/v1/conversations/221779999999@c.us"), m_admin);
        QCOMPARE(missing.status, 404);
        QCOMPARE(errorCode(missing), u"conversation_not_found");
    }

    void messagesArePagedOldestFirst()
    {
        const QString path = QStringLiteral("/api/v1/conversations/%1/messages").arg(kMarie);
        const HttpResult all = get(path, m_admin);
        QCOMPARE(all.status, 200);
        const QJsonArray list = items(all);
        QVERIFY(list.size() >= 4);
        QCOMPARE(all.json().value(u"more").toBool(), false);
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(u"author").toString(), u"user");
        QCOMPARE(first.value(u"direction").toString(), u"in");
        QCOMPARE(first.value(u"text").toString(), u"Bonjour");
        const QJsonObject reply = list.at(1).toObject();
        QCOMPARE(reply.value(u"author").toString(), u"assistant");
        QVERIFY(!reply.value(u"status").toString().isEmpty());
        QVERIFY(list.at(0).toObject().value(u"id").toInteger() < list.at(1).toObject().value(u"id").toInteger());

        const HttpResult newest = get(path + QStringLiteral("?limit=2"), m_admin);
        QCOMPARE(items(newest).size(), 2);
        QCOMPARE(newest.json().value(u"more").toBool(), true);
        const qint64 before = items(newest).at(0).toObject().value(u"id").toInteger();
        const HttpResult older = get(path + QStringLiteral("?limit=200&before=%1").arg(before), m_admin);
        QCOMPARE(items(older).size(), list.size() - 2);
        QCOMPARE(get(path + QStringLiteral("?limit=x"), m_admin).status, 400);
    }

    void pagingIsCompleteAndOrderedOver2000Chats()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto filled = m_rig.db()->runSync<bool>([now](store::DbContext &ctx) -> Result<bool> {
            for (int i = 0; i < 2000; ++i) {
                const QString chat = QStringLiteral("22160%1@c.us").arg(i, 7, 10, QLatin1Char('0'));
                if (Status st = store::UserRepository::touch(ctx, chat, QStringLiteral("Bulk %1").arg(i), {}, now + i);
                    !st)
                    return st.error();
                store::Interaction in;
                in.chatId = chat;
                in.text = QStringLiteral("message %1").arg(i);
                in.createdAtMs = now + i;
                if (auto id = store::InteractionRepository::insert(ctx, in); !id)
                    return id.error();
            }
            return true;
        });
        QVERIFY(filled);
        QSet<QString> seen;
        QString cursor;
        double lastActivity = std::numeric_limits<double>::max();
        int pages = 0;
        do {
            const HttpResult r = get(QStringLiteral("/api/v1/conversations?limit=200&cursor=") + cursor, m_admin);
            QCOMPARE(r.status, 200);
            const QJsonArray page = items(r);
            QVERIFY(page.size() <= 200);
            for (const QJsonValue &item : page) {
                const QJsonObject o = item.toObject();
                QVERIFY2(!seen.contains(o.value(u"chat_id").toString()), "a chat came twice");
                seen.insert(o.value(u"chat_id").toString());
                QVERIFY(o.value(u"last_activity").toDouble() <= lastActivity);
                lastActivity = o.value(u"last_activity").toDouble();
            }
            cursor = r.json().value(u"next_cursor").toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 50);
        QCOMPARE(seen.size(), 2003);
        QCOMPARE(pages, 11);
    }

    void listSearchAndReadOnPostgres()
    {
        if (qEnvironmentVariableIsEmpty("CONCIERGE_TEST_DATABASE_URL"))
            QSKIP("CONCIERGE_TEST_DATABASE_URL is not set: PostgreSQL skipped");
        PgSchema schema;
        QVERIFY(schema.ready());
        PipelineRig rig;
        rig.server.usePostgres(schema);
        PIPELINE_START(rig);
        const QByteArray admin = rig.server.login();
        QCOMPARE(rig.postText(kMarie, QStringLiteral("Bonjour 100% Xylophone"), QStringLiteral("pg1")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(rig.repliesTo(kMarie) > 0, 10000);
        QCOMPARE(rig.postText(kPaul, QStringLiteral("Bonsoir"), QStringLiteral("pg2")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(rig.repliesTo(kPaul) > 0, 10000);

        HttpResult r = rig.server.get(QStringLiteral("/api/v1/conversations?limit=1"), admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(items(r).size(), 1);
        QCOMPARE(items(r).at(0).toObject().value(u"chat_id").toString(), kPaul);
        r = rig.server.get(
            QStringLiteral("/api/v1/conversations?limit=1&cursor=") + r.json().value(u"next_cursor").toString(), admin);
        QCOMPARE(items(r).at(0).toObject().value(u"chat_id").toString(), kMarie);
        r = rig.server.get(QStringLiteral("/api/v1/conversations?owner=bot&q=100%25%20xylo"), admin);
        QCOMPARE(items(r).size(), 1);
        const QString one = QStringLiteral("/api/v1/conversations/") + kMarie;
        QCOMPARE(rig.server.get(one, admin).json().value(u"unread").toInt(), 1);
        QCOMPARE(rig.server.post(one + QStringLiteral("/read"), {}, admin).status, 200);
        QCOMPARE(rig.server.get(one, admin).json().value(u"unread").toInt(), 0);
        QVERIFY(items(rig.server.get(one + QStringLiteral("/messages"), admin)).size() >= 2);
        QCOMPARE(rig.server.get(QStringLiteral("/api/v1/conversations/nobody@c.us"), admin).status, 404);
    }

    void agentsAndRoles()
    {
        const QString awa = QStringLiteral("awa");
        auto create = [this](const QJsonObject &body, const QByteArray &token) {
            return post(QStringLiteral("/api/v1/agents"), body, token);
        };
        const QJsonObject awaBody{{QStringLiteral("username"), awa},
                                  {QStringLiteral("password"), QStringLiteral("awa-password-1")},
                                  {QStringLiteral("role"), QStringLiteral("agent")},
                                  {QStringLiteral("display_name"), QStringLiteral("Awa Ndiaye")}};
        HttpResult r = create(awaBody, m_admin);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"display_name").toString(), u"Awa Ndiaye");
        QCOMPARE(errorCode(create(awaBody, m_admin)), u"agent_exists");
        QCOMPARE(create(awaBody, m_admin).status, 409);
        QJsonObject weak = awaBody;
        weak.insert(QStringLiteral("username"), QStringLiteral("bob"));
        weak.insert(QStringLiteral("password"), QStringLiteral("short"));
        QCOMPARE(create(weak, m_admin).status, 400);
        QJsonObject badName = awaBody;
        badName.insert(QStringLiteral("username"), QStringLiteral("a b/c"));
        QCOMPARE(create(badName, m_admin).status, 400);

        const QByteArray token = login(awa, QStringLiteral("awa-password-1"));
        QVERIFY(!token.isEmpty());
        QJsonObject other = awaBody;
        other.insert(QStringLiteral("username"), QStringLiteral("moussa"));
        r = create(other, token);
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), u"forbidden");
        r = get(QStringLiteral("/api/v1/agents"), token);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains("password"));
        QCOMPARE(items(r).size(), 2);
        QCOMPARE(get(QStringLiteral("/api/v1/conversations"), token).status, 200);
        QCOMPARE(post(QStringLiteral("/api/v1/agents/admin/disable"), {}, token).status, 403);

        // Own password.
        const QString path = QStringLiteral("/api/v1/agents/me/password");
        QCOMPARE(post(path,
                      {{QStringLiteral("current_password"), QStringLiteral("wrong-one")},
                       {QStringLiteral("new_password"), QStringLiteral("awa-password-2")}},
                      token)
                     .status,
                 401);
        QCOMPARE(post(path,
                      {{QStringLiteral("current_password"), QStringLiteral("awa-password-1")},
                       {QStringLiteral("new_password"), QStringLiteral("awa-password-2")}},
                      token)
                     .status,
                 200);
        QVERIFY(login(awa, QStringLiteral("awa-password-1")).isEmpty());
        QVERIFY(!login(awa, QStringLiteral("awa-password-2")).isEmpty());
    }

    void disabledAgentIsRefused()
    {
        const QByteArray token = login(QStringLiteral("awa"), QStringLiteral("awa-password-2"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(post(QStringLiteral("/api/v1/agents/awa/disable"), {}, m_admin).status, 200);
        HttpResult r = get(QStringLiteral("/api/v1/conversations"), token);
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), u"account_disabled");
        login(QStringLiteral("awa"), QStringLiteral("awa-password-2"), &r);
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), u"account_disabled");
        const QJsonArray agents = items(get(QStringLiteral("/api/v1/agents"), m_admin));
        bool listedDisabled = false;
        for (const QJsonValue &a : agents)
            listedDisabled |=
                a.toObject().value(u"username").toString() == u"awa" && a.toObject().value(u"disabled").toBool();
        QVERIFY(listedDisabled);

        r = post(QStringLiteral("/api/v1/agents/admin/disable"), {}, m_admin);
        QCOMPARE(r.status, 409);
        QCOMPARE(errorCode(r), u"cannot_disable_self");
        QCOMPARE(post(QStringLiteral("/api/v1/agents/nobody/disable"), {}, m_admin).status, 404);

        QCOMPARE(post(QStringLiteral("/api/v1/agents/awa/enable"), {}, m_admin).status, 200);
        QCOMPARE(get(QStringLiteral("/api/v1/conversations"), token).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestConsoleApi)
#include "TestConsoleApi.moc"
