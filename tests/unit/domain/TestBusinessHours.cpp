// Business hours: parsing (English and French day names, several intervals, holidays), open/closed, next opening.
#include "domain/BusinessHours.h"

#include <QTest>

using concierge::domain::BusinessHours;

class TestBusinessHours : public QObject
{
    Q_OBJECT

private:
    const QTimeZone m_dakar{"Africa/Dakar"};
    QDateTime at(const char *iso) const
    {
        return QDateTime(QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).date(),
                         QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).time(), m_dakar);
    }
    BusinessHours parish() const
    {
        auto hours = BusinessHours::parse(QStringLiteral("mon-fri 08:30-12:30,15:00-18:00; sat 09:00-12:00"),
                                          QStringLiteral("2026-12-25"), m_dakar);
        return hours.value();
    }

private slots:
    void openInsideAnInterval()
    {
        // 2026-11-30 is a Monday.
        QVERIFY(parish().isOpen(at("2026-11-30T08:30:00")));
        QVERIFY(parish().isOpen(at("2026-11-30T16:00:00")));
        QVERIFY(parish().isOpen(at("2026-12-05T11:59:00"))); // Saturday morning
    }

    void closedAtLunchAtNightOnSundaysAndHolidays()
    {
        QVERIFY(!parish().isOpen(at("2026-11-30T12:30:00"))); // the close time is exclusive
        QVERIFY(!parish().isOpen(at("2026-11-30T13:00:00")));
        QVERIFY(!parish().isOpen(at("2026-11-30T21:00:00")));
        QVERIFY(!parish().isOpen(at("2026-12-06T10:00:00"))); // Sunday
        QVERIFY(!parish().isOpen(at("2026-12-25T10:00:00"))); // Christmas, a Friday
    }

    void nextOpeningIsNowWhenOpen()
    {
        QCOMPARE(parish().nextOpening(at("2026-11-30T09:00:00")).value(), at("2026-11-30T09:00:00"));
    }

    void nextOpeningAfterLunchTheSameDay()
    {
        QCOMPARE(parish().nextOpening(at("2026-11-30T13:00:00")).value(), at("2026-11-30T15:00:00"));
    }

    void nextOpeningSkipsSundayAndHolidays()
    {
        QCOMPARE(parish().nextOpening(at("2026-12-05T19:00:00")).value(), at("2026-12-07T08:30:00"));
        QCOMPARE(parish().nextOpening(at("2026-12-24T19:00:00")).value(), at("2026-12-26T09:00:00"));
    }

    void theTimeZoneDecides()
    {
        // 08:00 UTC is 09:00 in Paris (winter): closed in Dakar at 08:00, open in Paris.
        auto paris = BusinessHours::parse(QStringLiteral("lun-ven 08:30-12:00"), {}, QTimeZone("Europe/Paris"));
        QVERIFY(paris);
        const QDateTime utc(QDate(2026, 11, 30), QTime(8, 0), QTimeZone::utc());
        QVERIFY(paris->isOpen(utc));
        QVERIFY(!parish().isOpen(utc));
    }

    void frenchDayNamesAndWrappingRanges()
    {
        auto hours = BusinessHours::parse(QStringLiteral("sam-lun 10:00-11:00"), {}, m_dakar);
        QVERIFY(hours);
        QVERIFY(hours->isOpen(at("2026-12-05T10:30:00"))); // samedi
        QVERIFY(hours->isOpen(at("2026-12-06T10:30:00"))); // dimanche
        QVERIFY(hours->isOpen(at("2026-12-07T10:30:00"))); // lundi
        QVERIFY(!hours->isOpen(at("2026-12-08T10:30:00")));
    }

    void anEmptyScheduleNeverOpens()
    {
        auto hours = BusinessHours::parse({}, {}, m_dakar);
        QVERIFY(hours);
        QVERIFY(hours->alwaysClosed());
        QVERIFY(!hours->nextOpening(at("2026-11-30T09:00:00")));
    }

    void badValuesNameTheSetting_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("holidays");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no hours") << "mon-fri"
                                  << ""
                                  << "BUSINESS_HOURS";
        QTest::newRow("bad day") << "funday 08:00-12:00"
                                 << ""
                                 << "BUSINESS_HOURS";
        QTest::newRow("bad time") << "mon 8h-12h"
                                  << ""
                                  << "BUSINESS_HOURS";
        QTest::newRow("reversed") << "mon 12:00-08:00"
                                  << ""
                                  << "BUSINESS_HOURS";
        QTest::newRow("bad holiday") << "mon 08:00-12:00"
                                     << "25/12/2026"
                                     << "HOLIDAYS";
    }

    void badValuesNameTheSetting()
    {
        QFETCH(QString, schedule);
        QFETCH(QString, holidays);
        QFETCH(QString, expected);
        auto hours = BusinessHours::parse(schedule, holidays, m_dakar);
        QVERIFY(!hours);
        QVERIFY2(hours.error().message.startsWith(expected), qPrintable(hours.error().message));
    }
};

QTEST_GUILESS_MAIN(TestBusinessHours)
#include "TestBusinessHours.moc"
