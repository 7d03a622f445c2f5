// Every error code of the API answers with one status, whichever controller raises it.

#include "api/ApiErrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace concierge;

class TestApiErrors : public QObject
{
    Q_OBJECT

private slots:
    void statuses_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        for (const char *code :
             {"malformed_json", "missing_field", "invalid_field", "invalid_query", "invalid_session_id"})
            QTest::newRow(code) << QString::fromLatin1(code) << 400;
        for (const char *code : {"unauthorized", "invalid_credentials"})
            QTest::newRow(code) << QString::fromLatin1(code) << 401;
        QTest::newRow("session_not_found") << QStringLiteral("session_not_found") << 404;
        QTest::newRow("followup_not_found") << QStringLiteral("followup_not_found") << 404;
        for (const char *code : {"owner_changed", "not_owner", "version_conflict"})
            QTest::newRow(code) << QString::fromLatin1(code) << 409;
        QTest::newRow("too_many_attempts") << QStringLiteral("too_many_attempts") << 429;
        QTest::newRow("storage_unavailable") << QStringLiteral("storage_unavailable") << 503;
        QTest::newRow("unknown") << QStringLiteral("jwt_issue_failed") << 500;
    }

    void statuses()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        QCOMPARE(api::httpStatusFor(code), status);
        const http::HttpResponse response = api::apiError(code, QStringLiteral("why"));
        QCOMPARE(response.status, status);
        const QJsonObject error =
            QJsonDocument::fromJson(response.body).object().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toString(), code);
        QCOMPARE(error.value(QLatin1String("message")).toString(), QStringLiteral("why"));
    }

    void storageUnavailable()
    {
        const http::HttpResponse response =
            api::storageUnavailable(Error{QStringLiteral("sql"), QStringLiteral("disk")});
        QCOMPARE(response.status, 503);
        QVERIFY(response.body.contains("storage_unavailable"));
    }
};

QTEST_GUILESS_MAIN(TestApiErrors)
#include "TestApiErrors.moc"
