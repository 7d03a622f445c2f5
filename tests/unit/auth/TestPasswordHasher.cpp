#include "auth/PasswordHasher.h"

#include <QElapsedTimer>
#include <QTest>

using concierge::auth::PasswordHasher;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashAndVerify();
    void wrongPasswordFails();
    void twoHashesDiffer();
    void unicodePassword();
    void garbageHashFails();
    void needsRehash();
};

void TestPasswordHasher::hashAndVerify()
{
    QElapsedTimer timer;
    timer.start();
    const QString hash = PasswordHasher::hash(QStringLiteral("correct horse battery staple"));
    qInfo() << "hash took" << timer.elapsed() << "ms";
    QVERIFY(hash.startsWith(u"$argon2id$"));
    QVERIFY(!hash.contains(u"correct horse"));
    timer.restart();
    QVERIFY(PasswordHasher::verify(hash, QStringLiteral("correct horse battery staple")));
    qInfo() << "verify took" << timer.elapsed() << "ms";
}

void TestPasswordHasher::wrongPasswordFails()
{
    const QString hash = PasswordHasher::hash(QStringLiteral("secret-1"));
    QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("secret-2")));
    QVERIFY(!PasswordHasher::verify(hash, QString()));
    QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("Secret-1")));
}

void TestPasswordHasher::twoHashesDiffer()
{
    const QString a = PasswordHasher::hash(QStringLiteral("same"));
    const QString b = PasswordHasher::hash(QStringLiteral("same"));
    QVERIFY(a != b); // random salt
    QVERIFY(PasswordHasher::verify(a, QStringLiteral("same")));
    QVERIFY(PasswordHasher::verify(b, QStringLiteral("same")));
}

void TestPasswordHasher::unicodePassword()
{
    const QString password = QStringLiteral("Père Sène, Dakar ✝");
    const QString hash = PasswordHasher::hash(password);
    QVERIFY(PasswordHasher::verify(hash, password));
    QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("Pere Sene, Dakar ✝")));
}

void TestPasswordHasher::garbageHashFails()
{
    QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("not a hash"), QStringLiteral("not a hash")));
    QVERIFY(!PasswordHasher::verify(QString(500, u'$'), QStringLiteral("x")));
}

void TestPasswordHasher::needsRehash()
{
    QVERIFY(!PasswordHasher::needsRehash(PasswordHasher::hash(QStringLiteral("p"))));
    QVERIFY(PasswordHasher::needsRehash(QStringLiteral("garbage")));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
