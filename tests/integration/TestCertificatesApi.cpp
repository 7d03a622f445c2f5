// Certificates on the running server: issued for a pupil, confirmed by the public verification endpoint and page,
// downloaded through a signed link, recorded in the audit; and the registry import through the real binary while
// the server runs, on SQLite and PostgreSQL.
#include "api/ServerContext.h"
#include "services/catechese/CertificateLinks.h"
#include "services/catechese/CertificateService.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>
#include <QUrl>

using namespace concierge;
using namespace concierge::testing;
using services::catechese::CertificateLinks;
using services::catechese::IssuedCertificate;

namespace {

QString serverBinary()
{
    return QStringLiteral(CONCIERGE_BINARY_DIR "/bin/concierge-server");
}

struct Run
{
    int exitCode = -1;
    QStringList out;
    QString err;
};

// `concierge-server import ...` on the test server's database.
Run runImport(const TestServer &server, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DATA_DIR"), server.dataDir());
    const config::Settings &s = const_cast<TestServer &>(server).settings();
    env.insert(QStringLiteral("DATABASE_URL"), s.databaseUrl);
    env.insert(QStringLiteral("DATABASE_SCHEMA"), s.databaseSchema);
    env.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("error"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(server.dataDir()); // no stray .env
    process.start(serverBinary(), QStringList{QStringLiteral("import")} + arguments);
    Run run;
    if (!process.waitForFinished(60'000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString pdfText(const QByteArray &pdf)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {file.fileName(), QStringLiteral("-")});
    process.waitForFinished(30'000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pathOf(const QString &url)
{
    const QUrl u(url);
    return u.path(QUrl::FullyEncoded) + u'?' + u.query(QUrl::FullyEncoded);
}

} // namespace

class TestCertificatesApi : public QObject
{
    Q_OBJECT

private:
    Result<IssuedCertificate> issue(TestServer &server, const QString &studentId)
    {
        std::optional<Result<IssuedCertificate>> out;
        server.server()->context().certificates->issue(studentId, QStringLiteral("221775550101@c.us"),
                                                       QStringLiteral("bot"), server.server(),
                                                       [&out](Result<IssuedCertificate> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10'000))
            return Error{QStringLiteral("timeout"), {}};
        return std::move(*out);
    }

    void startServer(TestServer &server, const PgSchema *schema)
    {
        server.settings().publicBaseUrl = QStringLiteral("https://paroisse.example.sn");
        server.settings().parishName = QStringLiteral("Paroisse Saint-Joseph de Médina");
        if (schema)
            server.usePostgres(*schema);
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void verifyDownloadAndAudit()
    {
        TestServer server;
        startServer(server, nullptr);
        QVERIFY(server.start());
        auto issued = issue(server, QStringLiteral("ST-2025-001"));
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().message));
        const QString number = issued->certificate.number;
        QCOMPARE(issued->verificationUrl, QStringLiteral("https://paroisse.example.sn/verify/") + number);
        QVERIFY(pdfText(issued->pdf).contains(QStringLiteral("Paul DIOP")));
        QVERIFY(pdfText(issued->pdf).contains(number));

        // The public check: just enough to match the paper.
        HttpResult verify = server.get(QStringLiteral("/api/v1/certificates/%1/verify").arg(number));
        QCOMPARE(verify.status, 200);
        const QJsonObject json = verify.json();
        QCOMPARE(json.value(u"valid").toBool(), true);
        QCOMPARE(json.value(u"pupil").toString(), QStringLiteral("Paul D."));
        QCOMPARE(json.value(u"school_year").toString(), QStringLiteral("2025-2026"));
        QVERIFY(!json.value(u"issued_at").toString().isEmpty());
        QVERIFY(!verify.body.contains("2014"));   // no birth date
        QVERIFY(!verify.body.contains("Moussa")); // no parent
        // Lower case is the same number; a made-up one (well formed or not) is unknown and says nothing more.
        QCOMPARE(server.get(QStringLiteral("/api/v1/certificates/%1/verify").arg(number.toLower())).status, 200);
        HttpResult madeUp = server.get(QStringLiteral("/api/v1/certificates/CERT-0000-0000-0/verify"));
        QCOMPARE(madeUp.status, 404);
        QVERIFY(!madeUp.body.contains("valid"));
        QCOMPARE(server.get(QStringLiteral("/api/v1/certificates/nonsense/verify")).status, 404);

        HttpResult page = server.get(QStringLiteral("/verify/") + number);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Certificat authentique"));
        QVERIFY(page.body.contains("Paul D."));
        QVERIFY(page.body.contains(number.toUtf8()));
        HttpResult unknownPage = server.get(QStringLiteral("/verify/%3Cscript%3Ealert(1)%3Cb%3E"));
        QCOMPARE(unknownPage.status, 404);
        QVERIFY(unknownPage.body.contains("Certificat introuvable"));
        QVERIFY(!unknownPage.body.contains("<script>"));
        QVERIFY(unknownPage.body.contains("&lt;script&gt;alert(1)"));

        // The signed link serves the PDF; a tampered or expired one is refused.
        const QString link = server.server()->context().certificates->downloadLink(number);
        HttpResult pdf = server.get(pathOf(link));
        QCOMPARE(pdf.status, 200);
        QVERIFY(pdf.body.startsWith("%PDF"));
        QVERIFY(pdfText(pdf.body).contains(number));
        QCOMPARE(server.get(pathOf(link).replace(QStringLiteral("sig="), QStringLiteral("sig=0"))).status, 403);
        const QByteArray key = server.server()->context().settings.jwtSecretKey.toUtf8();
        const qint64 past = QDateTime::currentSecsSinceEpoch() - 60;
        const QString expired = QStringLiteral("/api/v1/certificates/%1/download?expires=%2&sig=%3")
                                    .arg(number)
                                    .arg(past)
                                    .arg(CertificateLinks::signature(key, number, past));
        QCOMPARE(server.get(expired).status, 403);

        // The audit shows the certificate, to staff only.
        QCOMPARE(server.get(QStringLiteral("/api/v1/audit")).status, 401);
        const QByteArray token = server.login();
        HttpResult audit = server.get(QStringLiteral("/api/v1/audit?chat_id=221775550101%40c.us&limit=10"), token);
        QCOMPARE(audit.status, 200);
        const QJsonArray entries = audit.json().value(u"entries").toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(u"action").toString(), QStringLiteral("certificate_issued"));
        QCOMPARE(entries.at(0).toObject().value(u"chat_id").toString(), QStringLiteral("221775550101@c.us"));
        QCOMPARE(server.get(QStringLiteral("/api/v1/audit?since=yesterday"), token).status, 400);
        QCOMPARE(server.get(QStringLiteral("/api/v1/audit?chat_id=other%40c.us"), token)
                     .json()
                     .value(u"entries")
                     .toArray()
                     .size(),
                 0);

        // A suspended pupil gets none.
        auto suspended = issue(server, QStringLiteral("ST-2025-004"));
        QVERIFY(!suspended);
        QCOMPARE(suspended.error().code, QStringLiteral("certificate_not_allowed"));
    }

    void verificationIsRateLimited()
    {
        TestServer server;
        startServer(server, nullptr);
        QVERIFY(server.start());
        int limited = 0;
        for (int i = 0; i < 35; ++i) {
            if (server.get(QStringLiteral("/api/v1/certificates/CERT-0000-0000-0/verify")).status == 429)
                ++limited;
        }
        QCOMPARE(limited, 5);
    }

    void importThroughTheBinary_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgres") << true;
    }
    void importThroughTheBinary()
    {
        QFETCH(bool, postgres);
        PgSchema schema;
        if (postgres && !schema.ready())
            QSKIP("CONCIERGE_TEST_DATABASE_URL is not set: PostgreSQL not tested");
        TestServer server;
        startServer(server, postgres ? &schema : nullptr);
        QVERIFY(server.start()); // running: the import is a second connection

        QTemporaryFile csv;
        QVERIFY(csv.open());
        csv.write("student_id,parent_code,first_name,last_name,birth_date,level,school_year,status,"
                  "sessions_attended,sessions_total,sacrament\n"
                  "ST-2025-001,sa 4821,Paul,Diop,2014-03-12,3e année,2025-2026,inscrit,23,24,\n"
                  "ST-2025-020,SA-9999,Marc,Gomis,2015-01-01,1re année,2025-2026,inscrit,1,24,\n"
                  "ST-2025-021,SA-1937,Awa,Ndiaye,2017-02-30,1re année,2025-2026,inscrit,1,24,\n");
        csv.close();
        Run run = runImport(server, {QStringLiteral("students"), csv.fileName()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.size(), 3);
        QVERIFY2(run.out.at(0).startsWith(QStringLiteral("line 3: unknown parent code SA-9999")),
                 qPrintable(run.out.at(0)));
        QVERIFY2(run.out.at(1).startsWith(QStringLiteral("line 4: bad birth_date")), qPrintable(run.out.at(1)));
        QCOMPARE(run.out.at(2), QStringLiteral("accepted 1, rejected 2"));

        // The running server sees the change at once (certificates read the registry).
        auto issued = issue(server, QStringLiteral("ST-2025-001"));
        QVERIFY(issued);
        QCOMPARE(issued->certificate.level, QStringLiteral("3e année"));
        QCOMPARE(issued->certificate.sessionsAttended, 23);

        Run missing = runImport(server, {QStringLiteral("parents"), QStringLiteral("/nonexistent.csv")});
        QCOMPARE(missing.exitCode, 2);
        Run usage = runImport(server, {QStringLiteral("pupils"), csv.fileName()});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_MAIN(TestCertificatesApi)
#include "TestCertificatesApi.moc"
