#include "knowledge/KnowledgeBase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using concierge::knowledge::FaqMatch;
using concierge::knowledge::KnowledgeBase;
using concierge::knowledge::KnowledgeIndex;
using concierge::store::FaqRow;

namespace {

// Minimal RFC 4180 reader: enough for the fixture (quoted fields with commas, "" escapes).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

QList<FaqRow> loadFaq()
{
    QFile file(QStringLiteral(CONCIERGE_FIXTURES_DIR "/parish/faq.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<FaqRow> out;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        if (r.size() < 5)
            continue;
        FaqRow row;
        row.id = r.at(0).toLongLong();
        row.question = r.at(1);
        row.answer = r.at(2);
        row.keywords = r.at(3).split(u',', Qt::SkipEmptyParts);
        row.language = r.at(4).trimmed();
        out.append(row);
    }
    return out;
}

} // namespace

class TestKnowledgeBase final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_rows = loadFaq();
        QCOMPARE(m_rows.size(), 12);
    }

    void casualQuestionsFindTheirRow_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("expectedId");
        const auto row = [](const char *q, const char *lang, qint64 id) {
            QTest::newRow(q) << QString::fromUtf8(q) << QString::fromLatin1(lang) << id;
        };
        row("c koi les horaires de messe dimanche", "fr", 1);
        row("la mese c a kel heure", "fr", 1);
        row("secretariat ouvert jusqu a quelle heure", "fr", 2);
        row("le bureau est ouvert le samedi ?", "fr", 2);
        row("cmt inscrire mon fils au cate", "fr", 3);
        row("documents pour bapteme", "fr", 4);
        row("kels papiers pr baptiser mon bb", "fr", 4);
        row("on veut se marier, comment ca se passe", "fr", 5);
        row("faire dire une messe pour mon papa décédé", "fr", 6);
        row("ou se trouve la paroisse", "fr", 7);
        row("c'est quoi l'adresse de l'eglise", "fr", 7);
        row("je veux me confesser", "fr", 8);
        row("combien coute le catechisme", "fr", 9);
        row("what time is mass", "en", 10);
        row("mass schedule on sunday please", "en", 10);
        row("when is the parish office open", "en", 11);
        row("quand commence le cate cette annee", "fr", 12);
        row("How much does catechism cost?", "en", 9);
    }
    void casualQuestionsFindTheirRow()
    {
        QFETCH(QString, question);
        QFETCH(QString, language);
        QFETCH(qint64, expectedId);
        const KnowledgeBase kb;
        const QList<FaqMatch> found = kb.search(question, language, m_rows);
        QVERIFY2(!found.isEmpty(), qPrintable(question));
        QVERIFY2(found.size() <= 3, qPrintable(question));
        qInfo("%s -> #%lld %.2f (next %.2f)", qPrintable(question), found.first().row.id, found.first().score,
              found.size() > 1 ? found.at(1).score : 0.0);
        if (found.first().row.id != expectedId) {
            for (const FaqMatch &m : found)
                qInfo("  #%lld %.2f %s", m.row.id, m.score, qPrintable(m.row.question));
        }
        QCOMPARE(found.first().row.id, expectedId);
        QVERIFY2(KnowledgeBase::isConfidentMatch(found.first()),
                 qPrintable(QStringLiteral("%1: score %2").arg(question).arg(found.first().score)));
    }

    void unrelatedTextHasNoConfidentMatch_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("car") << u"je veux acheter une voiture"_qs;
        QTest::newRow("weather") << u"il fait chaud aujourd'hui"_qs;
        QTest::newRow("football") << u"who won the football match"_qs;
        QTest::newRow("empty") << QString();
        QTest::newRow("stop words") << u"le la les de du"_qs;
    }
    void unrelatedTextHasNoConfidentMatch()
    {
        QFETCH(QString, question);
        const QList<FaqMatch> found = KnowledgeBase().search(question, u"fr"_qs, m_rows);
        if (!found.isEmpty()) {
            qInfo("best for \"%s\": #%lld %.2f", qPrintable(question), found.first().row.id, found.first().score);
            QVERIFY(!KnowledgeBase::isConfidentMatch(found.first()));
        }
    }

    void prefersTheUsersLanguage()
    {
        const KnowledgeBase kb;
        QCOMPARE(kb.search(u"horaires de la messe"_qs, u"fr"_qs, m_rows).first().row.language, u"fr"_qs);
        QCOMPARE(kb.search(u"mass times"_qs, u"en"_qs, m_rows).first().row.language, u"en"_qs);
        QCOMPARE(kb.search(u"office hours"_qs, u"en"_qs, m_rows).first().row.id, 11);
    }

    void limitAndOrder()
    {
        const QList<FaqMatch> found = KnowledgeBase().search(u"messe"_qs, u"fr"_qs, m_rows, 10);
        QVERIFY(found.size() >= 2);
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY(found.at(i - 1).score >= found.at(i).score);
        QCOMPARE(KnowledgeBase().search(u"messe"_qs, u"fr"_qs, m_rows, 1).size(), 1);
        QVERIFY(KnowledgeBase().search(u"messe"_qs, u"fr"_qs, {}).isEmpty());
    }

    void indexIsBuiltOncePerRowSet()
    {
        const KnowledgeBase kb;
        const auto first = kb.index(m_rows);
        QCOMPARE(kb.index(m_rows).get(), first.get());
        QList<FaqRow> changed = m_rows;
        changed[0].keywords.append(u"eucharistie"_qs);
        const auto second = kb.index(changed);
        QVERIFY(second.get() != first.get());
        QCOMPARE(kb.search(u"eucharistie"_qs, u"fr"_qs, changed).first().row.id, 1);
    }

    void searchIsFast()
    {
        QList<FaqRow> many;
        for (int copy = 0; copy < 40; ++copy) {
            for (FaqRow r : m_rows) {
                r.id += 100 * copy;
                many.append(r);
            }
        }
        const KnowledgeIndex index(many);
        QElapsedTimer timer;
        timer.start();
        int hits = 0;
        for (int i = 0; i < 50; ++i)
            hits += int(index.search(u"c koi les horaires de messe dimanche"_qs, u"fr"_qs).size());
        const double perCallMs = double(timer.nsecsElapsed()) / 1e6 / 50.0;
        qInfo("search over %d rows: %.3f ms (debug build)", int(many.size()), perCallMs);
        QVERIFY(hits > 0);
        QVERIFY(perCallMs < 20.0);
    }

private:
    QList<FaqRow> m_rows;
};

QTEST_APPLESS_MAIN(TestKnowledgeBase)
#include "TestKnowledgeBase.moc"
