// Issue 9, the console's editing API, end to end through a real ConciergeServer and the fake WAHA: the services'
// configuration (read, checked edits, 403 for an agent, the next reply uses the new text, kept after a restart), the
// knowledge base (add, edit, delete change the next answer), the registry's paged lists and the CSV imports' reports.
#include "support/PipelineKit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace concierge;
using namespace concierge::testing;

namespace {

QString errorCode(const HttpResult &r)
{
    return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QString errorMessage(const HttpResult &r)
{
    return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
}

QJsonArray items(const HttpResult &r)
{
    return r.json().value(QLatin1String("items")).toArray();
}

QList<QPair<QByteArray, QByteArray>> headersFor(const QByteArray &token, const QByteArray &type = "application/json")
{
    return {{"Authorization", "Bearer " + token}, {"Content-Type", type}};
}

} // namespace

class TestAdminApi : public QObject
{
    Q_OBJECT

public:
    // Run once on SQLite and once on PostgreSQL (when CONCIERGE_TEST_DATABASE_URL is set): the searches and pages
    // are SQL of their own.
    explicit TestAdminApi(bool postgres)
        : m_postgres(postgres)
    {
    }

private:
    bool m_postgres = false;
    PipelineRig m_rig;
    QByteArray m_admin;
    QByteArray m_agent;
    int m_messages = 0;

    QString url(const QString &path) const { return m_rig.server.baseUrl() + path; }
    HttpResult get(const QString &path, const QByteArray &token = {}) { return m_rig.server.get(path, token); }
    HttpResult send(const QByteArray &method, const QString &path, const QJsonObject &body, const QByteArray &token)
    {
        return httpRequest(method, url(path), QJsonDocument(body).toJson(QJsonDocument::Compact), headersFor(token));
    }
    HttpResult importCsv(const QString &kind, const QByteArray &csv, const QByteArray &token)
    {
        return httpRequest("POST", url(QStringLiteral("/api/v1/registry/import/") + kind), csv,
                           headersFor(token, "text/csv"));
    }
    // What the assistant answered (through the fake WAHA) to a new message from chatId.
    QString reply(const QString &chatId, const QString &text)
    {
        const int before = m_rig.repliesTo(chatId);
        if (m_rig.postText(chatId, text, QStringLiteral("adm%1").arg(++m_messages)) != 200)
            return QStringLiteral("(webhook refused)");
        if (!QTest::qWaitFor([&] { return m_rig.repliesTo(chatId) > before; }, 10000))
            return QStringLiteral("(no reply)");
        QString last;
        for (const auto &sent : m_rig.waha.sentTexts()) {
            if (sent.chatId == chatId)
                last = sent.text;
        }
        return last;
    }
    QJsonObject service(const QString &id) { return get(QStringLiteral("/api/v1/services/") + id, m_admin).json(); }
    static QJsonObject withText(QJsonObject service, const QString &lang, const QString &key, const QString &text)
    {
        QJsonObject texts = service.value(u"texts").toObject();
        QJsonObject entries = texts.value(lang).toObject();
        entries.insert(key, text);
        texts.insert(lang, entries);
        service.insert(QStringLiteral("texts"), texts);
        return service;
    }

private slots:
    void initTestCase()
    {
        if (m_postgres) {
            m_rig.pg = std::make_unique<PgSchema>();
            QVERIFY2(m_rig.pg->ready(), "cannot create a PostgreSQL schema");
            m_rig.server.usePostgres(*m_rig.pg);
        }
        PIPELINE_START(m_rig);
        m_admin = m_rig.server.login();
        QVERIFY(!m_admin.isEmpty());
        QCOMPARE(send("POST", QStringLiteral("/api/v1/agents"),
                      {{QStringLiteral("username"), QStringLiteral("awa")},
                       {QStringLiteral("password"), QStringLiteral("awa-password-1")},
                       {QStringLiteral("role"), QStringLiteral("agent")}},
                      m_admin)
                     .status,
                 201);
        m_agent = m_rig.server
                      .post(QStringLiteral("/api/v1/auth/login"),
                            {{QStringLiteral("username"), QStringLiteral("awa")},
                             {QStringLiteral("password"), QStringLiteral("awa-password-1")}})
                      .json()
                      .value(u"access_token")
                      .toString()
                      .toUtf8();
        QVERIFY(!m_agent.isEmpty());
    }

    void servicesAreListedInMenuOrder()
    {
        QCOMPARE(get(QStringLiteral("/api/v1/services")).status, 401);
        const HttpResult r = get(QStringLiteral("/api/v1/services"), m_agent);
        QCOMPARE(r.status, 200);
        QStringList ids;
        for (const QJsonValue &s : items(r))
            ids.append(s.toObject().value(u"id").toString());
        QCOMPARE(ids, (QStringList{QStringLiteral("renseignement"), QStringLiteral("catechese"),
                                   QStringLiteral("contact_humain"), QStringLiteral("system")}));
        const QJsonObject info = items(r).at(0).toObject();
        QVERIFY(info.value(u"enabled").toBool());
        QVERIFY(!info.value(u"display_name").toString().isEmpty());
        QVERIFY(!info.value(u"system_prompt").toString().isEmpty());
        const QJsonObject keyword = info.value(u"keywords").toArray().at(0).toObject();
        QVERIFY(!keyword.value(u"word").toString().isEmpty());
        QVERIFY(keyword.value(u"weight").toDouble() > 0);
        QVERIFY(!info.value(u"texts").toObject().value(u"fr").toObject().isEmpty());
        QCOMPARE(get(QStringLiteral("/api/v1/services/system"), m_agent).json().value(u"id").toString(), u"system");
        const HttpResult missing = get(QStringLiteral("/api/v1/services/bapteme"), m_admin);
        QCOMPARE(missing.status, 404);
        QCOMPARE(errorCode(missing), u"service_not_found");
    }

    void badEditsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("empty display name") << "display_name" << QJsonValue(u" "_qs) << "display_name";
        QTest::newRow("weight too high") << "keywords"
                                         << QJsonValue(
                                                QJsonArray{QJsonObject{{u"word"_qs, u"messe"_qs}, {u"weight"_qs, 50}}})
                                         << "keywords[0].weight";
        QTest::newRow("empty word") << "keywords"
                                    << QJsonValue(QJsonArray{QJsonObject{{u"word"_qs, u""_qs}, {u"weight"_qs, 1}}})
                                    << "keywords[0].word";
        QTest::newRow("unknown language")
            << "texts" << QJsonValue(QJsonObject{{u"de"_qs, QJsonObject{{u"welcome"_qs, u"Hallo"_qs}}}}) << "texts.de";
        QTest::newRow("enabled not a boolean") << "enabled" << QJsonValue(u"yes"_qs) << "enabled";
    }

    void badEditsAreRefusedNamingTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        QJsonObject edit = service(QStringLiteral("system"));
        edit.insert(field, value);
        const HttpResult r = send("PUT", QStringLiteral("/api/v1/services/system"), edit, m_admin);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), u"invalid_field");
        QVERIFY2(errorMessage(r).startsWith(named + u':'), qPrintable(errorMessage(r)));
    }

    void badTextsAreRefused()
    {
        const QJsonObject system = service(QStringLiteral("system"));
        HttpResult r =
            send("PUT", QStringLiteral("/api/v1/services/system"),
                 withText(system, QStringLiteral("fr"), QStringLiteral("bienvenue"), QStringLiteral("x")), m_admin);
        QCOMPARE(r.status, 400);
        QVERIFY2(errorMessage(r).startsWith(u"texts.fr.bienvenue:"), qPrintable(errorMessage(r)));
        r = send("PUT", QStringLiteral("/api/v1/services/system"),
                 withText(system, QStringLiteral("fr"), QStringLiteral("welcome"), QStringLiteral("  ")), m_admin);
        QCOMPARE(r.status, 400);
        QVERIFY2(errorMessage(r).contains(u"must not be empty"), qPrintable(errorMessage(r)));
        r = send("PUT", QStringLiteral("/api/v1/services/system"),
                 withText(system, QStringLiteral("fr"), QStringLiteral("welcome"), QStringLiteral("Bonjour {prenom}")),
                 m_admin);
        QCOMPARE(r.status, 400);
        QVERIFY2(errorMessage(r).contains(u"{prenom}"), qPrintable(errorMessage(r)));
        QJsonObject noTexts = system;
        noTexts.remove(QStringLiteral("texts"));
        QCOMPARE(errorCode(send("PUT", QStringLiteral("/api/v1/services/system"), noTexts, m_admin)), u"missing_field");
        QCOMPARE(send("PUT", QStringLiteral("/api/v1/services/nope"), system, m_admin).status, 404);
    }

    void anAgentCannotEdit()
    {
        const HttpResult r =
            send("PUT", QStringLiteral("/api/v1/services/system"), service(QStringLiteral("system")), m_agent);
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), u"forbidden");
    }

    void theNextReplyUsesTheEditedText()
    {
        const QString chat = QStringLiteral("221770009001@c.us");
        QVERIFY(!reply(chat, QStringLiteral("Bonjour")).contains(u"Soyez le bienvenu"));
        const QString welcome = QStringLiteral("Soyez le bienvenu à la paroisse, cher paroissien !");
        const HttpResult r =
            send("PUT", QStringLiteral("/api/v1/services/system"),
                 withText(service(QStringLiteral("system")), QStringLiteral("fr"), QStringLiteral("welcome"), welcome),
                 m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"texts").toObject().value(u"fr").toObject().value(u"welcome").toString(), welcome);
        QVERIFY(reply(QStringLiteral("221770009002@c.us"), QStringLiteral("Bonjour")).contains(welcome));
        QCOMPARE(service(QStringLiteral("system")).value(u"texts").toObject().value(u"fr").toObject().value(u"welcome"),
                 welcome);
        // Audited: who changed which service.
        const QJsonArray audit = get(QStringLiteral("/api/v1/audit"), m_admin).json().value(u"entries").toArray();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.at(0).toObject().value(u"action").toString(), u"service_changed");
        QCOMPARE(audit.at(0).toObject().value(u"actor").toString(), u"admin");
        QVERIFY(audit.at(0).toObject().value(u"detail").toString().contains(u"system"));
    }

    void disablingAServiceTakesEffect()
    {
        QJsonObject catechese = service(QStringLiteral("catechese"));
        catechese.insert(QStringLiteral("enabled"), false);
        QCOMPARE(send("PUT", QStringLiteral("/api/v1/services/catechese"), catechese, m_admin).status, 200);
        QVERIFY(!service(QStringLiteral("catechese")).value(u"enabled").toBool());
        catechese.insert(QStringLiteral("enabled"), true);
        QCOMPARE(send("PUT", QStringLiteral("/api/v1/services/catechese"), catechese, m_admin).status, 200);
    }

    void faqChangesTheNextAnswer()
    {
        QCOMPARE(get(QStringLiteral("/api/v1/faq")).status, 401);
        HttpResult r = get(QStringLiteral("/api/v1/faq?limit=2"), m_agent);
        QCOMPARE(r.status, 200);
        QCOMPARE(items(r).size(), 2);
        const int total = r.json().value(u"total").toInt();
        QVERIFY(total > 2);
        QCOMPARE(items(get(QStringLiteral("/api/v1/faq?limit=2&offset=") + QString::number(total - 1), m_agent)).size(),
                 1);
        QCOMPARE(get(QStringLiteral("/api/v1/faq?limit=0"), m_agent).status, 400);

        const QJsonObject row{{QStringLiteral("question"), QStringLiteral("Quand a lieu la kermesse paroissiale ?")},
                              {QStringLiteral("answer"), QStringLiteral("La kermesse a lieu le dimanche 14 juin.")},
                              {QStringLiteral("keywords"), QJsonArray{QStringLiteral("kermesse")}}};
        QCOMPARE(send("POST", QStringLiteral("/api/v1/faq"), row, m_agent).status, 403);
        QJsonObject noAnswer = row;
        noAnswer.remove(QStringLiteral("answer"));
        QCOMPARE(errorCode(send("POST", QStringLiteral("/api/v1/faq"), noAnswer, m_admin)), u"missing_field");
        QJsonObject longQuestion = row;
        longQuestion.insert(QStringLiteral("question"), QString(600, u'a'));
        QCOMPARE(send("POST", QStringLiteral("/api/v1/faq"), longQuestion, m_admin).status, 400);

        r = send("POST", QStringLiteral("/api/v1/faq"), row, m_admin);
        QCOMPARE(r.status, 201);
        const qint64 id = r.json().value(u"id").toInteger();
        QVERIFY(id > 0);
        QCOMPARE(get(QStringLiteral("/api/v1/faq?q=KERMESSE"), m_agent).json().value(u"total").toInt(), 1);
        const QString chat = QStringLiteral("221770009003@c.us");
        QVERIFY(reply(chat, QStringLiteral("Information : quand a lieu la kermesse ?")).contains(u"14 juin"));

        QJsonObject moved = row;
        moved.insert(QStringLiteral("answer"), QStringLiteral("La kermesse est reportée au dimanche 21 juin."));
        const QString path = QStringLiteral("/api/v1/faq/%1").arg(id);
        QCOMPARE(send("PUT", path, moved, m_admin).status, 200);
        QVERIFY(reply(chat, QStringLiteral("Information : quand a lieu la kermesse ?")).contains(u"21 juin"));

        QCOMPARE(send("DELETE", path, {}, m_admin).status, 200);
        QCOMPARE(get(QStringLiteral("/api/v1/faq?q=kermesse"), m_agent).json().value(u"total").toInt(), 0);
        QVERIFY(!reply(chat, QStringLiteral("Information : quand a lieu la kermesse ?")).contains(u"juin"));
        QCOMPARE(errorCode(send("DELETE", path, {}, m_admin)), u"faq_not_found");
        QCOMPARE(send("PUT", path, moved, m_admin).status, 404);
    }

    void registryListsArePagedForAdminsOnly()
    {
        QCOMPARE(get(QStringLiteral("/api/v1/registry/parents"), m_agent).status, 403);
        HttpResult r = get(QStringLiteral("/api/v1/registry/parents?limit=1"), m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(items(r).size(), 1);
        const int parents = r.json().value(u"total").toInt();
        QVERIFY(parents >= 2);
        r = get(QStringLiteral("/api/v1/registry/parents?q=diop"), m_admin);
        QCOMPARE(items(r).at(0).toObject().value(u"parent_code").toString(), u"SA-4821");
        r = get(QStringLiteral("/api/v1/registry/students?parent_code=sa-4821"), m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"total").toInt(), items(r).size());
        QVERIFY(items(r).size() >= 2);
        for (const QJsonValue &s : items(r))
            QCOMPARE(s.toObject().value(u"parent_code").toString(), u"SA-4821");
        r = get(QStringLiteral("/api/v1/registry/students?q=fatou&limit=10&offset=0"), m_admin);
        QCOMPARE(items(r).at(0).toObject().value(u"first_name").toString(), u"Fatou");
        QCOMPARE(get(QStringLiteral("/api/v1/registry/students?offset=-1"), m_admin).status, 400);
        const QJsonArray audit = get(QStringLiteral("/api/v1/audit"), m_admin).json().value(u"entries").toArray();
        QCOMPARE(audit.at(0).toObject().value(u"action").toString(), u"registry_viewed");
    }

    void importsReportEachLine()
    {
        QCOMPARE(importCsv(QStringLiteral("parents"), "parent_code,full_name\nSA-7001,Ama Sy\n", m_agent).status, 403);
        HttpResult r =
            importCsv(QStringLiteral("parents"),
                      "parent_code,full_name,phone,email\nSA-7001,Ama Sy,221770007001,\n,Sans Code,,\n", m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"accepted").toInt(), 1);
        QCOMPARE(r.json().value(u"rejected").toInt(), 1);
        const QJsonObject error = r.json().value(u"errors").toArray().at(0).toObject();
        QCOMPARE(error.value(u"line").toInt(), 3);
        QVERIFY(!error.value(u"message").toString().isEmpty());
        QCOMPARE(get(QStringLiteral("/api/v1/registry/parents?q=ama%20sy"), m_admin).json().value(u"total").toInt(), 1);

        r = importCsv(QStringLiteral("students"),
                      "student_id,parent_code,first_name,last_name,school_year\n"
                      "ST-7001,SA-7001,Lamine,Sy,2025-2026\nST-7002,SA-0000,Nobody,Sy,2025-2026\n",
                      m_admin);
        QCOMPARE(r.json().value(u"accepted").toInt(), 1);
        QVERIFY(r.json().value(u"errors").toArray().at(0).toObject().value(u"message").toString().contains(u"SA-0000"));

        r = importCsv(QStringLiteral("parents"), "nothing,useful\n1,2\n", m_admin);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), u"invalid_csv");
        QCOMPARE(importCsv(QStringLiteral("parents"), "", m_admin).status, 400);
        QCOMPARE(importCsv(QStringLiteral("parents"), "parent_code,full_name\n\"SA-1,unterminated\n", m_admin).status,
                 400);
        QCOMPARE(importCsv(QStringLiteral("pupils"), "x\n", m_admin).status, 404);
        r = importCsv(QStringLiteral("parents"),
                      "parent_code,full_name\nSA-7002,Ren\xe9"
                      "e Sy\n",
                      m_admin); // Latin-1
        QCOMPARE(r.status, 400);
        QVERIFY2(errorMessage(r).contains(u"UTF-8"), qPrintable(errorMessage(r)));
        r = importCsv(QStringLiteral("parents"),
                      "\xef\xbb\xbfparent_code,full_name\nSA-7003,Ren\xc3\xa9"
                      "e Sy\n",
                      m_admin);
        QCOMPARE(r.json().value(u"accepted").toInt(), 1); // Excel's "CSV UTF-8" starts with a byte order mark
        QCOMPARE(get(QStringLiteral("/api/v1/registry/parents?q=SA-7001"), m_admin).json().value(u"total").toInt(), 1);
    }

    void faqImportIsAnsweredAtOnce()
    {
        const HttpResult r = importCsv(QStringLiteral("faq"),
                                       "id,question,answer,keywords,language\n"
                                       "900,Quand part le pèlerinage de Popenguine ?,Le car pour Popenguine part "
                                       "de la grotte mariale à 5h.,\"popenguine,pelerinage\",fr\n",
                                       m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"accepted").toInt(), 1);
        const QString answer =
            reply(QStringLiteral("221770009004@c.us"), QStringLiteral("Information : le pèlerinage de Popenguine ?"));
        QVERIFY2(answer.contains(u"grotte mariale"), qPrintable(answer));
    }

    void editsSurviveARestart()
    {
        m_rig.server.stop();
        PIPELINE_START(m_rig);
        m_admin = m_rig.server.login();
        QVERIFY(reply(QStringLiteral("221770009005@c.us"), QStringLiteral("Bonjour"))
                    .contains(u"Soyez le bienvenu à la paroisse"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        TestAdminApi sqlite(false);
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    if (!qEnvironmentVariableIsEmpty("CONCIERGE_TEST_DATABASE_URL")) {
        TestAdminApi postgres(true);
        failures += QTest::qExec(&postgres, argc, argv);
    } else {
        qInfo("CONCIERGE_TEST_DATABASE_URL is not set: the PostgreSQL run is skipped");
    }
    return failures;
}
#include "TestAdminApi.moc"
