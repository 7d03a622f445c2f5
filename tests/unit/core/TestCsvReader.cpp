#include "core/CsvReader.h"

#include <QTest>

using concierge::CsvReader;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void plainRows();
    void quotedFields();
    void crlfBomAndBlankLines();
    void emptyFields();
    void unterminatedQuoteNamesTheLine();
    void textAfterClosingQuote();
    void records();
    void recordWithTooManyFields();
    void readsTheFixtures();
};

void TestCsvReader::plainRows()
{
    auto rows = CsvReader::parse(QStringLiteral("a,b,c\n1,2,3\n"));
    QVERIFY(rows.ok());
    QCOMPARE(rows.value(), (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                               {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}}));
    QCOMPARE(CsvReader::parse(QStringLiteral("x,y")).value().size(), 1); // no final newline
    QVERIFY(CsvReader::parse(QString()).value().isEmpty());
}

void TestCsvReader::quotedFields()
{
    auto rows =
        CsvReader::parse(QStringLiteral("1,\"messe,horaire\",\"il a dit \"\"oui\"\"\",\"deux\nlignes\"\n2,x,y,z\n"));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0), (QStringList{QStringLiteral("1"), QStringLiteral("messe,horaire"),
                                       QStringLiteral("il a dit \"oui\""), QStringLiteral("deux\nlignes")}));
    QCOMPARE(rows->at(1).size(), 4);
    QCOMPARE(CsvReader::parse(QStringLiteral("a\tb"), QLatin1Char('\t'))->at(0).size(), 2);
}

void TestCsvReader::crlfBomAndBlankLines()
{
    auto rows = CsvReader::parse(QStringLiteral("\xFEFF"
                                                "id,name\r\n1,\"A\r\nB\"\r\n\r\n2,C\r\n"));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).at(0), QStringLiteral("id"));     // BOM gone
    QCOMPARE(rows->at(1).at(1), QStringLiteral("A\r\nB")); // kept verbatim inside quotes
    QCOMPARE(rows->at(2), (QStringList{QStringLiteral("2"), QStringLiteral("C")}));
}

void TestCsvReader::emptyFields()
{
    auto rows = CsvReader::parse(QStringLiteral("a,,\"\",\n"));
    QVERIFY(rows.ok());
    QCOMPARE(rows->at(0), (QStringList{QStringLiteral("a"), QString(), QString(), QString()}));
}

void TestCsvReader::unterminatedQuoteNamesTheLine()
{
    auto rows = CsvReader::parse(QStringLiteral("a,b\n1,2\n3,\"open\nstill open\n"));
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code, QStringLiteral("csv_malformed"));
    QVERIFY2(rows.error().message.contains(QLatin1String("line 3")), qPrintable(rows.error().message));
}

void TestCsvReader::textAfterClosingQuote()
{
    auto rows = CsvReader::parse(QStringLiteral("ok\n\"a\"b,c\n"));
    QVERIFY(!rows.ok());
    QVERIFY(rows.error().message.contains(QLatin1String("line 2")));
}

void TestCsvReader::records()
{
    auto records = CsvReader::parseRecords(QStringLiteral("parent_code, full_name ,email\nSA-1,Moussa Diop\n"));
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->at(0).value(QStringLiteral("full_name")), QStringLiteral("Moussa Diop"));
    QVERIFY(records->at(0).contains(QStringLiteral("email")));
    QVERIFY(records->at(0).value(QStringLiteral("email")).isEmpty());
}

void TestCsvReader::recordWithTooManyFields()
{
    QVERIFY(!CsvReader::parseRecords(QStringLiteral("a,b\n1,2,3\n")).ok());
}

void TestCsvReader::readsTheFixtures()
{
    auto faq = CsvReader::readRecords(QStringLiteral(CONCIERGE_FIXTURES_DIR "/parish/faq.csv"));
    QVERIFY2(faq.ok(), qPrintable(faq.error().message));
    QVERIFY(faq->size() >= 10);
    for (const auto &row : faq.value()) {
        QVERIFY(!row.value(QStringLiteral("question")).isEmpty());
        QVERIFY(!row.value(QStringLiteral("answer")).isEmpty());
    }
    QVERIFY(faq->at(0).value(QStringLiteral("keywords")).contains(QLatin1Char(',')));
    QVERIFY(!CsvReader::readRecords(QStringLiteral("/nonexistent.csv")).ok());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
