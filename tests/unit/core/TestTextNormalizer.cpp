#include "core/TextNormalizer.h"

#include <QTest>

using concierge::TextNormalizer;

class TestTextNormalizer final : public QObject
{
    Q_OBJECT

private slots:
    void normalizeStripsAccentsCaseAndPunctuation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accents") << QStringLiteral("Où se trouve l'Église ?")
                                 << QStringLiteral("ou se trouve l eglise");
        QTest::newRow("typographic apostrophe") << QStringLiteral("l’attestation") << QStringLiteral("l attestation");
        QTest::newRow("cedilla and ligature") << QStringLiteral("GARÇON Œuvre") << QStringLiteral("garcon oeuvre");
        QTest::newRow("whitespace") << QStringLiteral("  messe \t\n dimanche!!  ") << QStringLiteral("messe dimanche");
        QTest::newRow("emoji") << QStringLiteral("merci 🙏🏾 père") << QStringLiteral("merci pere");
        QTest::newRow("code") << QStringLiteral("SA-4821") << QStringLiteral("sa 4821");
        QTest::newRow("empty") << QString() << QString();
    }
    void normalizeStripsAccentsCaseAndPunctuation()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextNormalizer::normalize(input), expected);
    }

    void tokensExpandSmsSpellings()
    {
        QCOMPARE(TextNormalizer::tokens(QStringLiteral("Slt, kel heure la messe stp")),
                 QStringList({u"salut"_qs, u"quel"_qs, u"heure"_qs, u"la"_qs, u"messe"_qs, u"s"_qs, u"il"_qs, u"te"_qs,
                              u"plait"_qs}));
        QCOMPARE(TextNormalizer::tokens(QStringLiteral("bjr jveu parler pk")),
                 QStringList({u"bonjour"_qs, u"je"_qs, u"veux"_qs, u"parler"_qs, u"pourquoi"_qs}));
        QCOMPARE(TextNormalizer::tokens(QStringLiteral("cmt qd tjrs msg pr pq")),
                 QStringList({u"comment"_qs, u"quand"_qs, u"toujours"_qs, u"message"_qs, u"pour"_qs, u"pourquoi"_qs}));
        QCOMPARE(TextNormalizer::expandSms(u"svp"_qs), QStringList({u"s"_qs, u"il"_qs, u"vous"_qs, u"plait"_qs}));
        QCOMPARE(TextNormalizer::expandSms(u"messe"_qs), QStringList{u"messe"_qs});
    }

    void editDistanceCountsTranspositions()
    {
        QCOMPARE(TextNormalizer::editDistance(u"messe", u"messe"), 0);
        QCOMPARE(TextNormalizer::editDistance(u"messe", u"mese"), 1);
        QCOMPARE(TextNormalizer::editDistance(u"bapteme", u"bpateme"), 1); // transposition
        QCOMPARE(TextNormalizer::editDistance(u"kitten", u"sitting", 5), 3);
        QCOMPARE(TextNormalizer::editDistance(u"", u"abc", 5), 3);
        // Early exit: never more than maxDistance + 1.
        QCOMPARE(TextNormalizer::editDistance(u"secretariat", u"catechisme", 2), 3);
    }

    void fuzzyEqualsFollowsWordLength()
    {
        QCOMPARE(TextNormalizer::allowedEdits(3), 0);
        QCOMPARE(TextNormalizer::allowedEdits(4), 1);
        QCOMPARE(TextNormalizer::allowedEdits(7), 1);
        QCOMPARE(TextNormalizer::allowedEdits(8), 2);
        QVERIFY(TextNormalizer::fuzzyEquals(u"secretaria", u"secretariat"));
        QVERIFY(TextNormalizer::fuzzyEquals(u"catechsime", u"catechisme")); // 2 edits on 10 letters
        QVERIFY(TextNormalizer::fuzzyEquals(u"mese", u"messe"));
        QVERIFY(TextNormalizer::fuzzyEquals(u"bpateme", u"bapteme"));
        QVERIFY(!TextNormalizer::fuzzyEquals(u"pas", u"pax")); // short words: exact only
        QVERIFY(!TextNormalizer::fuzzyEquals(u"messe", u"masse1"));
        QVERIFY(!TextNormalizer::fuzzyEquals(u"bapteme", u"mariage"));
    }

    void stopWords()
    {
        QVERIFY(TextNormalizer::isStopWord(u"mais"_qs));
        QVERIFY(TextNormalizer::isStopWord(u"the"_qs));
        QVERIFY(!TextNormalizer::isStopWord(u"messe"_qs));
    }
};

QTEST_APPLESS_MAIN(TestTextNormalizer)
#include "TestTextNormalizer.moc"
