#include "auth/JwtService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using concierge::auth::JwtService;

namespace {

const QByteArray Secret = QByteArrayLiteral("test-secret-0123456789abcdef0123456789");

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray unb64(const QByteArray &data)
{
    return QByteArray::fromBase64(data, QByteArray::Base64UrlEncoding);
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void tamperedPayloadRejected();
    void wrongSecretRejected();
    void expiredRejected();
    void algNoneRejected();
    void otherAlgRejected();
    void garbageRejected_data();
    void garbageRejected();
    void tokensAreUnique();
    void noSecretCannotIssue();
    void randomToken();
};

void TestJwt::roundTrip()
{
    const JwtService jwt(Secret, 60);
    const auto before = QDateTime::currentDateTimeUtc();
    const auto token = jwt.issue(QStringLiteral("agent@paroisse.sn"), QStringLiteral("admin"));
    QVERIFY2(token.ok(), qPrintable(token.error().message));
    QCOMPARE(token->count(u'.'), 2);
    const auto claims = jwt.verify(*token);
    QVERIFY2(claims.ok(), qPrintable(claims.error().code));
    QCOMPARE(claims->subject, QStringLiteral("agent@paroisse.sn"));
    QCOMPARE(claims->role, QStringLiteral("admin"));
    QVERIFY(claims->expiresAt >= before.addSecs(60 * 60 - 1));
    QVERIFY(claims->expiresAt <= QDateTime::currentDateTimeUtc().addSecs(60 * 60 + 1));

    const QJsonObject header = QJsonDocument::fromJson(unb64(token->toLatin1().split('.')[0])).object();
    QCOMPARE(header.value(u"alg").toString(), QStringLiteral("HS256"));
    const QJsonObject payload = QJsonDocument::fromJson(unb64(token->toLatin1().split('.')[1])).object();
    QVERIFY(payload.contains(u"iat"));
    QVERIFY(payload.contains(u"exp"));
    QVERIFY(!payload.value(u"jti").toString().isEmpty());
}

void TestJwt::tamperedPayloadRejected()
{
    const JwtService jwt(Secret, 60);
    const QString token = jwt.issue(QStringLiteral("agent"), QStringLiteral("agent")).value();
    QList<QByteArray> parts = token.toLatin1().split('.');
    QJsonObject payload = QJsonDocument::fromJson(unb64(parts[1])).object();
    payload.insert(QStringLiteral("role"), QStringLiteral("admin"));
    parts[1] = b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const auto result = jwt.verify(QString::fromLatin1(parts.join('.')));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("jwt_bad_signature"));

    // A flipped signature character is caught as well.
    QString flipped = token;
    const qsizetype last = flipped.size() - 2;
    flipped[last] = flipped[last] == u'A' ? u'B' : u'A';
    QCOMPARE(jwt.verify(flipped).error().code, QStringLiteral("jwt_bad_signature"));
}

void TestJwt::wrongSecretRejected()
{
    const JwtService issuer(QByteArrayLiteral("another-secret-another-secret-1234"), 60);
    const JwtService verifier(Secret, 60);
    const auto result = verifier.verify(issuer.issue(QStringLiteral("a"), QStringLiteral("admin")).value());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("jwt_bad_signature"));
}

void TestJwt::expiredRejected()
{
    JwtService jwt(Secret, 30);
    jwt.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-31 * 60); });
    const QString token = jwt.issue(QStringLiteral("a"), QStringLiteral("agent")).value();
    QVERIFY(jwt.verify(token).ok()); // still valid at the time it was issued
    jwt.setClock(&QDateTime::currentDateTimeUtc);
    const auto result = jwt.verify(token);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("jwt_expired"));
}

void TestJwt::algNoneRejected()
{
    const JwtService jwt(Secret, 60);
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 3600;
    const QByteArray payload =
        b64(QByteArrayLiteral(R"({"sub":"evil","role":"admin","exp":)") + QByteArray::number(exp) + '}');
    for (const char *header : {R"({"alg":"none","typ":"JWT"})", R"({"alg":"NONE"})", R"({"typ":"JWT"})"}) {
        const QByteArray h = b64(header);
        const QByteArray unsigned_ = h + '.' + payload + '.';
        for (const QByteArray &token : {unsigned_, QByteArray(unsigned_ + "c2ln")}) {
            const auto result = jwt.verify(QString::fromLatin1(token));
            QVERIFY2(!result.ok(), token.constData());
            QCOMPARE(result.error().code, QStringLiteral("jwt_bad_algorithm"));
        }
    }
}

void TestJwt::otherAlgRejected()
{
    const JwtService jwt(Secret, 60);
    const QString token = jwt.issue(QStringLiteral("a"), QStringLiteral("agent")).value();
    QList<QByteArray> parts = token.toLatin1().split('.');
    parts[0] = b64(R"({"alg":"HS512","typ":"JWT"})");
    const auto result = jwt.verify(QString::fromLatin1(parts.join('.')));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("jwt_bad_algorithm"));
}

void TestJwt::garbageRejected_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << QStringLiteral("hello world");
    QTest::newRow("two parts") << QStringLiteral("abc.def");
    QTest::newRow("four parts") << QStringLiteral("a.b.c.d");
    QTest::newRow("not base64") << QStringLiteral("%%%.***.sig");
    QTest::newRow("not json") << QString::fromLatin1(b64("nope") + '.' + b64("{}") + ".sig");
    QTest::newRow("json array") << QString::fromLatin1(b64(R"({"alg":"HS256"})") + '.' + b64("[1]") + ".sig");
    QTest::newRow("dots") << QStringLiteral("..");
}

void TestJwt::garbageRejected()
{
    QFETCH(QString, token);
    const auto result = JwtService(Secret, 60).verify(token);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("jwt_malformed"));
}

void TestJwt::tokensAreUnique()
{
    const JwtService jwt(Secret, 60);
    QVERIFY(jwt.issue(QStringLiteral("a"), QStringLiteral("r")).value() !=
            jwt.issue(QStringLiteral("a"), QStringLiteral("r")).value()); // random jti
}

void TestJwt::noSecretCannotIssue()
{
    const JwtService jwt(QByteArray(), 60);
    const auto token = jwt.issue(QStringLiteral("a"), QStringLiteral("r"));
    QVERIFY(!token.ok());
    QCOMPARE(token.error().code, QStringLiteral("jwt_no_secret"));
}

void TestJwt::randomToken()
{
    const QString a = JwtService::randomToken();
    const QString b = JwtService::randomToken();
    QCOMPARE(a.size(), 64);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(a).hasMatch());
    QVERIFY(a != b);
    QCOMPARE(JwtService::randomToken(16).size(), 32);
}

QTEST_GUILESS_MAIN(TestJwt)
#include "TestJwt.moc"
