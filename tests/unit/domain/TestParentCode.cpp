#include "domain/CertificateNumber.h"
#include "domain/ParentCode.h"
#include "domain/PupilStatus.h"

#include <QSet>
#include <QTest>

using namespace concierge::domain;

// Parent codes as parents type them, and certificate numbers as people read them off paper.
class TestParentCode : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("canonical") << "SA-4821"
                                   << "SA-4821";
        QTest::newRow("space, lower case") << "sa 4821"
                                           << "SA-4821";
        QTest::newRow("glued") << "sa4821"
                               << "SA-4821";
        QTest::newRow("surrounding spaces") << "  Sa-4821 "
                                            << "SA-4821";
        QTest::newRow("underscore") << "SA_4821"
                                    << "SA-4821";
        QTest::newRow("several spaces") << "s a  48 21"
                                        << "SA-4821";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("digits only") << "4821"
                                     << "";
        QTest::newRow("letters only") << "SA"
                                      << "";
        QTest::newRow("digits then letters") << "4821SA"
                                             << "";
        QTest::newRow("a sentence") << "mon code SA-4821"
                                    << "";
        QTest::newRow("sql") << "SA-4821' OR '1'='1"
                             << "";
        QTest::newRow("accented") << "SÉ-4821"
                                  << "";
    }
    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ParentCode::normalize(input), expected);
    }

    void findInSentence()
    {
        QCOMPARE(ParentCode::findIn(QStringLiteral("Bonjour, mon code est sa 4821 merci")), QStringLiteral("SA-4821"));
        QCOMPARE(ParentCode::findIn(QStringLiteral("code: SA-1937")), QStringLiteral("SA-1937"));
        QCOMPARE(ParentCode::findIn(QStringLiteral("je veux un certificat")), QString());
        QCOMPARE(ParentCode::findIn(QStringLiteral("appelez le 221771234567")), QString());
    }

    void certificateNumbersAreWellFormedAndDistinct()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString number = CertificateNumber::generate();
            QVERIFY2(CertificateNumber::isValid(number), qPrintable(number));
            QCOMPARE(number.size(), 16);
            QVERIFY(number.startsWith(QStringLiteral("CERT-")));
            seen.insert(number);
        }
        QCOMPARE(seen.size(), 200);
    }

    void checkSymbolCatchesTypos()
    {
        const QString number = CertificateNumber::generate();
        // Every single-symbol change of the body is caught.
        for (int position : {5, 6, 7, 8, 10, 11, 12, 13}) {
            QString typo = number;
            typo[position] = number.at(position) == u'7' ? u'8' : u'7';
            QVERIFY2(!CertificateNumber::isValid(typo), qPrintable(typo));
        }
        QVERIFY(!CertificateNumber::isValid(QStringLiteral("CERT-0000-0000")));
        QVERIFY(!CertificateNumber::isValid(QString()));
        QVERIFY(CertificateNumber::isValid(CertificateNumber::normalize(u' ' + number.toLower() + u' ')));
    }

    void onlyEnrolledOrCompletedPupilsGetCertificates()
    {
        QVERIFY(certificateAllowed(pupilStatusFromName(QStringLiteral("inscrit"))));
        QVERIFY(certificateAllowed(pupilStatusFromName(QStringLiteral("terminé"))));
        QVERIFY(!certificateAllowed(pupilStatusFromName(QStringLiteral("suspendu"))));
        QVERIFY(!certificateAllowed(pupilStatusFromName(QStringLiteral("radié"))));
        QVERIFY(!certificateAllowed(pupilStatusFromName(QString())));
    }
};

QTEST_GUILESS_MAIN(TestParentCode)
#include "TestParentCode.moc"
