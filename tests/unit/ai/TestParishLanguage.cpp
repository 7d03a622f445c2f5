// How parents in Dakar write, beyond single phrases: Wolof in its usual spellings ("beug", "wakhtou", "niata"),
// refusals ("je ne veux pas de certificat, juste..."), farewells, wishes and acknowledgements, menu choices in words,
// deaths told gently, and FAQ questions matched by word family and by what they ask (a time, a price, a place)
// rather than by the day they mention. The labelled set in bench/conversations measures it; these must not regress.
#include "ai/OfflineRouter.h"
#include "ai/UrgencyDetector.h"
#include "core/CsvReader.h"
#include "core/TextNormalizer.h"
#include "knowledge/KnowledgeIndex.h"
#include "knowledge/WordFamilies.h"
#include "support/ParishServices.h"

#include <QElapsedTimer>
#include <QTest>

using namespace concierge;
using concierge::domain::ServiceId;

namespace {

const ai::OfflineRouter &router()
{
    static const ai::OfflineRouter r = testing::parishRouter();
    return r;
}

// The shipped knowledge base (the demo parish's FAQ).
QList<store::FaqRow> faqRows()
{
    auto records = CsvReader::readRecords(QStringLiteral(CONCIERGE_FIXTURES_DIR "/parish/faq.csv"));
    QList<store::FaqRow> rows;
    if (!records)
        return rows;
    for (const auto &r : records.value()) {
        rows.append({r.value(u"id"_qs).toLongLong(), r.value(u"question"_qs), r.value(u"answer"_qs),
                     r.value(u"keywords"_qs).split(u',', Qt::SkipEmptyParts), r.value(u"language"_qs)});
    }
    return rows;
}

qint64 bestFaq(const QString &question, const QString &language)
{
    static const knowledge::KnowledgeIndex index(faqRows());
    const QList<knowledge::FaqMatch> matches = index.search(question, language, 1);
    return matches.isEmpty() ? 0 : matches.first().row.id;
}

bool urgent(const QString &text)
{
    return ai::UrgencyDetector::isUrgent(TextNormalizer::tokens(text));
}

} // namespace

class TestParishLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void wolofSpellingsFoldTogether_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("word");
        QTest::newRow("eu for ë") << u"beug"_qs << u"begg"_qs;
        QTest::newRow("French-style gue") << u"beugue"_qs << u"begg"_qs;
        QTest::newRow("kh for x, ou for u") << u"wakhtou"_qs << u"waxtu"_qs;
        QTest::newRow("ni for ñ") << u"niata"_qs << u"naata"_qs;
        QTest::newRow("ny for ñ") << u"nyaata"_qs << u"naata"_qs;
        QTest::newRow("gn for ñ") << u"kagn"_qs << u"kan"_qs;
        QTest::newRow("single letters") << u"dom"_qs << u"doom"_qs;
        QTest::newRow("final e") << u"fane"_qs << u"fan"_qs;
        QTest::newRow("nék") << u"nek"_qs << u"nekk"_qs;
        QTest::newRow("official spelling") << u"waxtu"_qs << u"waxtu"_qs;
        // Words whose folded spelling is an English or French word or a name stay as they are.
        QTest::newRow("take is not takk") << u"take"_qs << u"take"_qs;
        QTest::newRow("Seye is not sey") << u"seye"_qs << u"seye"_qs;
        QTest::newRow("French word") << u"pour"_qs << u"pour"_qs;
    }
    void wolofSpellingsFoldTogether()
    {
        QFETCH(QString, written);
        QFETCH(QString, word);
        QCOMPARE(TextNormalizer::wolofSpelling(written), word);
    }

    void wolofRequestsInOtherSpellingsAreRouted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ServiceId>("service");
        QTest::newRow("mass time, French-style") << u"Wakhtou misa yi ci dibeer"_qs << ServiceId::Renseignement;
        QTest::newRow("where, fane/nék") << u"fane la église bi nék"_qs << ServiceId::Renseignement;
        QTest::newRow("how much, niata") << u"niata la katekism bi"_qs << ServiceId::Renseignement;
        QTest::newRow("talk, wakh") << u"Man dama beug wakh ak abbé bi"_qs << ServiceId::ContactHumain;
        QTest::newRow("call me, wootel") << u"wootel ma ci telefon"_qs << ServiceId::ContactHumain;
        QTest::newRow("marry, takk") << u"Dama bëgg takk ci église bi, naka lañuy def"_qs << ServiceId::Renseignement;
    }
    void wolofRequestsInOtherSpellingsAreRouted()
    {
        QFETCH(QString, text);
        QFETCH(ServiceId, service);
        QCOMPARE(router().route(text).service, service);
    }

    void aRefusedTopicDoesNotRoute_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ServiceId>("service");
        QTest::newRow("fr: not a person")
            << u"je ne veux pas parler a quelqu'un, je veux juste les horaires des messes"_qs
            << ServiceId::Renseignement;
        QTest::newRow("fr: no certificate")
            << u"je ne veux pas de certificat, je veux juste savoir quand commence le caté"_qs
            << ServiceId::Renseignement;
        QTest::newRow("fr: pas besoin") << u"Pas besoin d'un prêtre, c'est pour les horaires de messe"_qs
                                        << ServiceId::Renseignement;
        QTest::newRow("en: don't need") << u"I don't need a priest, I just want the mass times"_qs
                                        << ServiceId::Renseignement;
        QTest::newRow("wo: bëgguma") << u"Bëgguma wax ak kenn, ban waxtu la misa bi?"_qs << ServiceId::Renseignement;
        // What follows the refusal's turn is asked: not to enrol, but the certificate.
        QTest::newRow("fr: certificate instead")
            << u"Je ne veux pas inscrire mon fils, il est déjà inscrit, je veux juste son attestation"_qs
            << ServiceId::Catechese;
        // A negation that refuses nothing changes nothing.
        QTest::newRow("fr: not enrolled") << u"Mon fils n'est pas inscrit au catéchisme ?"_qs << ServiceId::Catechese;
    }
    void aRefusedTopicDoesNotRoute()
    {
        QFETCH(QString, text);
        QFETCH(ServiceId, service);
        QCOMPARE(router().route(text).service, service);
    }

    void farewellsWishesAndAcknowledgements_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("intent"); // empty: nothing to route, the menu
        QTest::newRow("wo: see you later") << u"Ba ci kanam"_qs << u"salutation"_qs;
        QTest::newRow("wo: leaving") << u"Mangi dem, ba beneen yoon"_qs << u"salutation"_qs;
        QTest::newRow("wo: plural greeting") << u"Jàmm ngeen am?"_qs << u"salutation"_qs;
        QTest::newRow("wo: thanks a lot") << u"Dieureudieuf bu bari"_qs << u"remerciement"_qs;
        QTest::newRow("fr: feast") << u"Bonsoir mon père, bonne fête"_qs << u"salutation"_qs;
        QTest::newRow("fr: addressed to the parish") << u"Salut la paroisse"_qs << u"salutation"_qs;
        QTest::newRow("fr: thanks for the help") << u"merci infiniment pour votre aide"_qs << u"remerciement"_qs;
        QTest::newRow("en: thanks a lot") << u"Thanks a lot"_qs << u"remerciement"_qs;
        QTest::newRow("fr: ok with thanks") << u"ok merci"_qs << u"remerciement"_qs;
        QTest::newRow("fr: ok alone") << u"ok"_qs << QString();
        QTest::newRow("fr: d'accord alone") << u"d'accord"_qs << QString();
    }
    void farewellsWishesAndAcknowledgements()
    {
        QFETCH(QString, text);
        QFETCH(QString, intent);
        const domain::RoutingResult r = router().route(text);
        QCOMPARE(r.service, ServiceId::Unknown);
        if (intent.isEmpty())
            QVERIFY2(r.intent != u"salutation"_qs && r.intent != u"remerciement"_qs, qPrintable(r.intent));
        else
            QCOMPARE(r.intent, intent);
    }

    void menuChoicesInWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("number");
        QTest::newRow("digit with politeness") << u"3 svp"_qs << 3;
        QTest::newRow("please") << u"2 please"_qs << 2;
        QTest::newRow("French word") << u"le premier"_qs << 1;
        QTest::newRow("Wolof benn") << u"benn"_qs << 1;
        QTest::newRow("Wolof ñaar") << u"ñaar"_qs << 2;
        QTest::newRow("Wolof ñett") << u"ñett"_qs << 3;
        QTest::newRow("keycap emoji") << u"1️⃣"_qs << 1;
        QTest::newRow("a sentence is not a choice") << u"3 enfants a inscrire svp"_qs << 0;
    }
    void menuChoicesInWords()
    {
        QFETCH(QString, text);
        QFETCH(int, number);
        QCOMPARE(ai::OfflineRouter::menuNumber(TextNormalizer::normalize(text)), number);
    }

    void deathsToldGentlyAreUrgent()
    {
        QVERIFY(urgent(u"Sama papa dafa dé, wootal ma abbé bi"_qs));
        QVERIFY(urgent(u"sama maam dafa dee leegi"_qs));
        QVERIFY(urgent(u"Ma belle-mère vient de nous quitter"_qs));
        QVERIFY(urgent(u"Mon grand père est au plus mal"_qs));
        QVERIFY(urgent(u"mon oncle est en fin de vie"_qs));
        QVERIFY(urgent(u"My grandmother died last night"_qs)); // "last night" is not long ago
        QVERIFY(!urgent(u"Mon père est décédé l'an dernier, je voudrais une messe"_qs));
        QVERIFY(!urgent(u"My father died two years ago"_qs));
        QVERIFY(!urgent(u"Dama bëgg def misa ngir sama baay bu dee"_qs)); // a Mass for him
    }

    void englishAndWolofQuestionsMeetFrenchRowsThroughWordFamilies()
    {
        QCOMPARE(knowledge::WordFamilies::familyOf(u"christening"_qs), u"bapteme"_qs);
        QCOMPARE(knowledge::WordFamilies::familyOf(u"confesse"_qs), u"confession"_qs);
        QCOMPARE(knowledge::WordFamilies::familyOf(u"bureau"_qs), u"secretariat"_qs);
        QCOMPARE(bestFaq(u"What are the requirements for a christening?"_qs, u"en"_qs), 4);
        QCOMPARE(bestFaq(u"How do we prepare for a church wedding?"_qs, u"en"_qs), 5);
        QCOMPARE(bestFaq(u"I'd like to book a mass for my late father"_qs, u"en"_qs), 6);
        QCOMPARE(bestFaq(u"Le prêtre confesse-t-il en semaine ?"_qs, u"fr"_qs), 8);
        QCOMPARE(bestFaq(u"Dama bëgg sëy ci église bi, lan lañu war def?"_qs, u"wo"_qs), 5);
    }

    void theQuestionWordDecidesNotTheTimeWords()
    {
        // "à quelle heure" asks for a time; the subject (the office, confession) picks the row.
        QVERIFY(!knowledge::KnowledgeIndex::terms(u"Le secrétariat ouvre à quelle heure ?"_qs).contains(u"heure"_qs));
        QCOMPARE(bestFaq(u"Le secrétariat ouvre à quelle heure ?"_qs, u"fr"_qs), 2);
        QCOMPARE(bestFaq(u"confession samedi a quelle heure"_qs, u"fr"_qs), 8);
        QCOMPARE(bestFaq(u"when is confession"_qs, u"en"_qs), 8);
        // A price: the fees row, not the enrolment row; a day: the catechism calendar.
        QCOMPARE(bestFaq(u"c combien le catechisme pour 3 enfants"_qs, u"fr"_qs), 9);
        QCOMPARE(bestFaq(u"Nyaata la caté bi ci at mi?"_qs, u"wo"_qs), 9);
        QCOMPARE(bestFaq(u"Which day is catechism?"_qs, u"en"_qs), 12);
        // The day a question mentions does not outweigh its subject: Saturday evening Mass is about Mass.
        QCOMPARE(bestFaq(u"Il y a messe le samedi soir ?"_qs, u"fr"_qs), 1);
        // "ou" without its accent means "where" only where nothing else fits.
        QCOMPARE(bestFaq(u"c ou exactement l eglise"_qs, u"fr"_qs), 7);
        QVERIFY(knowledge::KnowledgeIndex::terms(u"la paroisse se trouve ou svp"_qs).contains(u"where"_qs));
        QVERIFY(!knowledge::KnowledgeIndex::terms(u"messe a 6h45 ou 7h"_qs).contains(u"where"_qs));
    }

    void aQuestionInWolofIsNotPenalisedForItsLanguage()
    {
        // No row is written in Wolof: the best French row answers with its full score.
        const knowledge::KnowledgeIndex index(faqRows());
        const QList<knowledge::FaqMatch> wo = index.search(u"ndax am na misa tey ci ngoon"_qs, u"wo"_qs, 1);
        const QList<knowledge::FaqMatch> none = index.search(u"ndax am na misa tey ci ngoon"_qs, QString(), 1);
        QVERIFY(!wo.isEmpty() && !none.isEmpty());
        QCOMPARE(wo.first().row.id, 1);
        QCOMPARE(wo.first().score, none.first().score);
    }

    void longMessagesWithRefusalsStayLinear()
    {
        // Issue 12: routing a 65,536-character message must not cost the square of its length.
        QString text;
        while (text.size() < 65536)
            text += u"je ne veux pas de certificat, je veux juste les horaires. "_qs;
        text.truncate(65536);
        QElapsedTimer timer;
        timer.start();
        const domain::RoutingResult r = router().route(text);
        QCOMPARE(r.service, ServiceId::Renseignement);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!knowledge::KnowledgeIndex::terms(text).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestParishLanguage)
#include "TestParishLanguage.moc"
