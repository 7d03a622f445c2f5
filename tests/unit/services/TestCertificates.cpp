#include "audit/AuditLog.h"
#include "domain/CertificateNumber.h"
#include "integrations/CurlClient.h"
#include "integrations/WahaClient.h"
#include "registry/RegistryImporter.h"
#include "services/catechese/CertificateLinks.h"
#include "services/catechese/CertificateService.h"
#include "services/catechese/CertificateWriter.h"
#include "store/Database.h"
#include "support/FakeWaha.h"
#include "support/ManualClock.h"
#include "support/StoreTestDb.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>
#include <QUrlQuery>

using namespace concierge;
using namespace concierge::services::catechese;
using concierge::store::testing::addBackendRows;
using concierge::testing::FakeWaha;
using concierge::testing::ManualClock;

namespace {

const QString kFixtures = QStringLiteral(CONCIERGE_FIXTURES_DIR "/parish/");
const QByteArray kKey = "test-signing-key";

// The text of a PDF as pdftotext (poppler-utils) reads it; empty when pdftotext is missing.
QString pdfText(const QByteArray &pdf)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file.fileName(), QStringLiteral("-")});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

store::CertificateRow paul()
{
    store::CertificateRow c;
    c.number = QStringLiteral("CERT-7K4Q-M9XD-3");
    c.studentId = QStringLiteral("ST-2025-001");
    c.firstName = QStringLiteral("Paul");
    c.lastName = QStringLiteral("Diop");
    c.birthDate = QStringLiteral("2014-03-12");
    c.level = QStringLiteral("2e année");
    c.schoolYear = QStringLiteral("2025-2026");
    c.sessionsAttended = 22;
    c.sessionsTotal = 24;
    c.issuedAtMs = 1'780'000'000'000;
    return c;
}

} // namespace

// Certificates as a parent and a verifier see them: the PDF's text, the file name, who may get one, the signed
// download link, and delivery through WAHA (Plus sends the file; Core refuses with 422).
class TestCertificates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void pdfCarriesThePupilAndTheNumber()
    {
        auto pdf = CertificateWriter::write(paul(), {QStringLiteral("Paroisse Saint-Joseph de Médina"), {}},
                                            QStringLiteral("https://paroisse.example.sn/verify/CERT-7K4Q-M9XD-3"));
        QVERIFY(pdf);
        QVERIFY(pdf->startsWith("%PDF"));
        const QString text = pdfText(pdf.value()).simplified();
        QVERIFY2(text.contains(QStringLiteral("Paul DIOP")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("CERT-7K4Q-M9XD-3")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Paroisse Saint-Joseph de Médina")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("22 séances sur 24")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("12 mars 2014")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2025-2026")), qPrintable(text));
        QCOMPARE(CertificateWriter::fileName(paul()), QStringLiteral("certificat-paul-diop-2025-2026.pdf"));
        store::CertificateRow accented = paul();
        accented.firstName = QStringLiteral("Thérèse");
        accented.lastName = QStringLiteral("N'Diaye Mendy");
        QCOMPARE(CertificateWriter::fileName(accented),
                 QStringLiteral("certificat-therese-n-diaye-mendy-2025-2026.pdf"));
    }

    void signedLinks()
    {
        ManualClock clock;
        store::Database *noDb = nullptr;
        CertificateService service(noDb, {{}, QStringLiteral("https://paroisse.example.sn/"), kKey, 72}, clock);
        const QString link = service.downloadLink(QStringLiteral("CERT-7K4Q-M9XD-3"));
        QVERIFY2(link.startsWith(
                     QStringLiteral("https://paroisse.example.sn/api/v1/certificates/CERT-7K4Q-M9XD-3/download?")),
                 qPrintable(link));
        const QUrlQuery query(QUrl(link).query());
        const qint64 expires = query.queryItemValue(QStringLiteral("expires")).toLongLong();
        const QString sig = query.queryItemValue(QStringLiteral("sig"));
        QCOMPARE(expires, clock.nowMs() / 1000 + 72 * 3600);
        QVERIFY(service.verifyLink(QStringLiteral("CERT-7K4Q-M9XD-3"), expires, sig));
        // Tampered: another number, another expiry, another signature.
        QVERIFY(!service.verifyLink(QStringLiteral("CERT-7K4Q-M9XD-4"), expires, sig));
        QVERIFY(!service.verifyLink(QStringLiteral("CERT-7K4Q-M9XD-3"), expires + 3600, sig));
        QString flipped = sig;
        flipped[0] = sig.at(0) == u'a' ? u'b' : u'a';
        QVERIFY(!service.verifyLink(QStringLiteral("CERT-7K4Q-M9XD-3"), expires, flipped));
        QVERIFY(!service.verifyLink(QStringLiteral("CERT-7K4Q-M9XD-3"), expires, QString()));
        // Expired.
        clock.advanceMinutes(72 * 60 - 1);
        QVERIFY(service.verifyLink(QStringLiteral("CERT-7K4Q-M9XD-3"), expires, sig));
        clock.advanceMinutes(2);
        QVERIFY(!service.verifyLink(QStringLiteral("CERT-7K4Q-M9XD-3"), expires, sig));
        // No public address: no link.
        CertificateService hidden(noDb, {{}, {}, kKey, 72}, clock);
        QVERIFY(hidden.downloadLink(QStringLiteral("CERT-7K4Q-M9XD-3")).isEmpty());
    }

    void issueRecordsAndRefusesSuspendedPupils_data() { addBackendRows(); }
    void issueRecordsAndRefusesSuspendedPupils()
    {
        STORE_TEST_DB(test);
        store::Database db(test.config());
        QVERIFY(db.open());
        registry::RegistryImporter importer(&db);
        QVERIFY(importer.importFile(registry::ImportKind::Parents, kFixtures + QStringLiteral("parents.csv")));
        QVERIFY(importer.importFile(registry::ImportKind::Students, kFixtures + QStringLiteral("students.csv")));
        ManualClock clock;
        CertificateService service(&db, {{QStringLiteral("Paroisse Test"), {}}, {}, kKey, 72}, clock);

        auto issued = issue(service, QStringLiteral("ST-2025-001"));
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().message));
        QVERIFY(domain::CertificateNumber::isValid(issued->certificate.number));
        QCOMPARE(issued->fileName, QStringLiteral("certificat-paul-diop-2025-2026.pdf"));
        QCOMPARE(issued->certificate.issuedAtMs, clock.nowMs());
        QVERIFY(pdfText(issued->pdf).contains(issued->certificate.number));

        std::optional<Result<std::optional<store::CertificateRow>>> found;
        service.find(issued->certificate.number.toLower(), this, [&found](auto r) { found = std::move(r); });
        QTRY_VERIFY(found.has_value());
        QVERIFY(found->ok() && found->value());
        QCOMPARE(found->value()->sessionsAttended, 22);
        // Drawn again from the record, the same certificate.
        QCOMPARE(pdfText(service.render(*found->value()).value()), pdfText(issued->pdf));

        auto suspended = issue(service, QStringLiteral("ST-2025-004"));
        QVERIFY(!suspended);
        QCOMPARE(suspended.error().code, QStringLiteral("certificate_not_allowed"));
        auto unknown = issue(service, QStringLiteral("ST-0000-000"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("student_not_found"));

        audit::AuditLog log(&db, clock);
        std::optional<Result<QList<store::AuditEntry>>> entries;
        log.query(QStringLiteral("221770000001@c.us"), 0, 10, this, [&entries](auto r) { entries = std::move(r); });
        QTRY_VERIFY(entries.has_value());
        QCOMPARE(entries->value().size(), 1); // only the certificate that was issued
        QCOMPARE(entries->value().at(0).action, QStringLiteral("certificate_issued"));
        QVERIFY(entries->value().at(0).detail.contains(issued->certificate.number));
    }

    void sendFileReachesWahaPlus()
    {
        FakeWaha fake;
        QVERIFY(fake.start());
        integrations::CurlClient curl;
        integrations::WahaClient client(&curl, {fake.baseUrl(), fake.apiKey(), QStringLiteral("default"), 10'000});
        const QByteArray pdf = "%PDF-1.4 fake";
        auto result = sendFile(client, pdf);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.httpStatus, 201);
        QCOMPARE(fake.sentFiles().size(), 1);
        const FakeWaha::SentFile file = fake.sentFiles().at(0);
        QCOMPARE(file.chatId, QStringLiteral("221771234567@c.us"));
        QCOMPARE(file.fileName, QStringLiteral("certificat-paul-diop-2025-2026.pdf"));
        QCOMPARE(file.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(file.bytes, pdf);
        QCOMPARE(file.caption, QStringLiteral("Votre certificat"));
    }

    void sendFileOnWahaCoreSaysPlusIsRequired()
    {
        FakeWaha fake;
        QVERIFY(fake.start());
        fake.setCoreEdition(true);
        integrations::CurlClient curl;
        integrations::WahaClient client(&curl, {fake.baseUrl(), fake.apiKey(), QStringLiteral("default"), 10'000});
        auto result = sendFile(client, "%PDF-1.4 fake");
        QVERIFY(!result.ok);
        QCOMPARE(result.httpStatus, 422);
        QCOMPARE(result.errorCode, QStringLiteral("waha_plus_required"));
        QVERIFY(!result.retryable);
        QVERIFY(fake.sentFiles().isEmpty());
        // A session that is not working is still a retryable 422, not a missing feature.
        fake.setCoreEdition(false);
        fake.setSessionStatus(QStringLiteral("STARTING"));
        auto starting = sendFile(client, "%PDF-1.4 fake");
        QCOMPARE(starting.httpStatus, 422);
        QVERIFY(starting.errorCode.isEmpty());
        QVERIFY(starting.retryable);
    }

private:
    Result<IssuedCertificate> issue(const CertificateService &service, const QString &studentId)
    {
        std::optional<Result<IssuedCertificate>> out;
        service.issue(studentId, QStringLiteral("221770000001@c.us"), QStringLiteral("bot"), this,
                      [&out](Result<IssuedCertificate> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10'000))
            return Error{QStringLiteral("timeout"), QStringLiteral("no answer")};
        return std::move(*out);
    }

    integrations::WahaResult sendFile(integrations::WahaClient &client, const QByteArray &bytes)
    {
        std::optional<integrations::WahaResult> out;
        client.sendFile(
            QStringLiteral("221771234567"), QStringLiteral("certificat-paul-diop-2025-2026.pdf"),
            QStringLiteral("application/pdf"), bytes, this, [&out](const integrations::WahaResult &r) { out = r; },
            QStringLiteral("Votre certificat"));
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 15'000))
            return {};
        return *out;
    }
};

QTEST_MAIN(TestCertificates)
#include "TestCertificates.moc"
