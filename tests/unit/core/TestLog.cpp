// LOG_FORMAT: one line per event; in JSON each line is an object with time (ISO 8601 UTC, milliseconds), level,
// category, message and the event's structured fields; in text the same on one line, newlines escaped.
#include "core/Log.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace concierge;

namespace {

QList<QByteArray> g_lines;

void capture(logging::Format format)
{
    g_lines.clear();
    logging::install(format, [](const QByteArray &line) { g_lines.append(line); });
}

QJsonObject parsedLine(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return doc.object();
}

const QRegularExpression kIsoUtcMs(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));

} // namespace

class TestLog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules({});
    }

    void jsonOneObjectPerLine()
    {
        capture(logging::Format::Json);
        qCInfo(lcPipeline) << "resuming" << 3 << "messages\nreceived before the restart";
        qCWarning(lcWaha).noquote() << "POST /api/sendText failed";
        logging::event(lcLlm(), QtWarningMsg, QStringLiteral("LLM call failed: status 500"),
                       {{QStringLiteral("status"), 500},
                        {QStringLiteral("request_id"), QStringLiteral("req_1")},
                        {QStringLiteral("message"), QStringLiteral("a field may not hide the message")}});
        qCritical("no category");
        QCOMPARE(g_lines.size(), 4);
        for (const QByteArray &line : std::as_const(g_lines)) {
            QVERIFY2(line.endsWith('\n') && line.count('\n') == 1, line.constData());
            const QJsonObject object = parsedLine(line.chopped(1));
            QVERIFY2(!object.isEmpty(), line.constData());
            for (const char *key : {"time", "level", "category", "message"})
                QVERIFY2(object.value(QLatin1String(key)).isString(), line.constData());
            QVERIFY2(kIsoUtcMs.match(object.value(QLatin1String("time")).toString()).hasMatch(), line.constData());
        }
        const QJsonObject first = parsedLine(g_lines.at(0));
        QCOMPARE(first.value(QLatin1String("level")).toString(), QStringLiteral("info"));
        QCOMPARE(first.value(QLatin1String("category")).toString(), QStringLiteral("concierge.pipeline"));
        QVERIFY(first.value(QLatin1String("message")).toString().contains(u'\n')); // kept, escaped by JSON
        const QJsonObject llm = parsedLine(g_lines.at(2));
        QCOMPARE(llm.value(QLatin1String("level")).toString(), QStringLiteral("warning"));
        QCOMPARE(llm.value(QLatin1String("category")).toString(), QStringLiteral("concierge.llm"));
        QCOMPARE(llm.value(QLatin1String("message")).toString(), QStringLiteral("LLM call failed: status 500"));
        QCOMPARE(llm.value(QLatin1String("status")).toInt(), 500);
        QCOMPARE(llm.value(QLatin1String("request_id")).toString(), QStringLiteral("req_1"));
        QCOMPARE(llm.value(QLatin1String("field_message")).toString(),
                 QStringLiteral("a field may not hide the message"));
        const QJsonObject last = parsedLine(g_lines.at(3));
        QCOMPARE(last.value(QLatin1String("level")).toString(), QStringLiteral("error"));
        QCOMPARE(last.value(QLatin1String("category")).toString(), QStringLiteral("default"));
    }

    void textOneLine()
    {
        capture(logging::Format::Text);
        qCInfo(lcStore) << "two\nlines";
        logging::event(lcWebhook(), QtInfoMsg, QStringLiteral("rejected an unauthenticated webhook from 10.0.0.9"),
                       {{QStringLiteral("peer"), QStringLiteral("10.0.0.9")}});
        QCOMPARE(g_lines.size(), 2);
        const QRegularExpression shape(
            QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (info|warning) [a-z.]+: .*\n$)"));
        for (const QByteArray &line : std::as_const(g_lines)) {
            QVERIFY2(shape.match(QString::fromUtf8(line)).hasMatch(), line.constData());
            QCOMPARE(line.count('\n'), 1);
        }
        QVERIFY2(g_lines.at(0).endsWith("concierge.store: two\\nlines\n"), g_lines.at(0).constData());
        QVERIFY(g_lines.at(1).endsWith("concierge.webhook: rejected an unauthenticated webhook from 10.0.0.9\n"));
    }

    void levelsFilteredAsBefore()
    {
        capture(logging::Format::Json);
        QLoggingCategory::setFilterRules(QStringLiteral("concierge.*.info=false"));
        qCInfo(lcPipeline) << "not shown";
        logging::event(lcPipeline(), QtInfoMsg, QStringLiteral("not shown either"), {});
        logging::event(lcPipeline(), QtWarningMsg, QStringLiteral("shown"), {});
        QCOMPARE(g_lines.size(), 1);
        QCOMPARE(parsedLine(g_lines.at(0)).value(QLatin1String("message")).toString(), QStringLiteral("shown"));
    }

    void formatNames()
    {
        QCOMPARE(logging::formatFromName(QStringLiteral("json")), logging::Format::Json);
        QCOMPARE(logging::formatFromName(QStringLiteral(" JSON ")), logging::Format::Json);
        QCOMPARE(logging::formatFromName(QStringLiteral("text")), logging::Format::Text);
        QCOMPARE(logging::formatFromName({}), logging::Format::Text);
    }
};

QTEST_GUILESS_MAIN(TestLog)
#include "TestLog.moc"
