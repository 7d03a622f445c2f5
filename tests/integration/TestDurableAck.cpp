// Acknowledged means on disk (issue 14), through the real webhook: the server's SQLite connection syncs every commit
// (synchronous=FULL) unless SQLITE_SYNC=normal says otherwise, and webhooks that arrive together are committed
// together, each 200 going out only once its message's row is committed (the one-transaction count: TestDurableCommit).
#include "store/Database.h"
#include "support/PipelineKit.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

#include <future>
#include <memory>

using namespace concierge;
using namespace concierge::testing;

namespace {

qint64 synchronousOf(store::Database *db)
{
    auto value = db->runSync<qint64>([](store::DbContext &ctx) -> Result<qint64> {
        QSqlQuery q(ctx.db());
        if (!q.exec(QStringLiteral("PRAGMA synchronous")) || !q.next())
            return Error{QStringLiteral("db_error"), QStringLiteral("PRAGMA synchronous failed")};
        return q.value(0).toLongLong();
    });
    return value ? value.value() : -1;
}

// Whether the message is committed: visible to another connection on the file.
bool committedElsewhere(const QString &path, const QString &text)
{
    const QString name = QStringLiteral("durable-ack-observer");
    bool found = false;
    {
        QSqlDatabase observer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        observer.setDatabaseName(path);
        observer.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (observer.open()) {
            QSqlQuery q(observer);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE text = ?"));
            q.addBindValue(text);
            found = q.exec() && q.next() && q.value(0).toInt() == 1;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

// One webhook on its own connection (QNetworkAccessManager would keep only six in flight).
struct Delivery
{
    QString text;
    std::unique_ptr<QTcpSocket> socket;
    QByteArray answer;
    bool acked = false;
    bool committedWhenAcked = false;
};

QByteArray request(quint16 port, const QByteArray &body)
{
    return QByteArrayLiteral("POST /api/v1/webhook HTTP/1.1\r\nHost: 127.0.0.1:") + QByteArray::number(port) +
           QByteArrayLiteral("\r\nContent-Type: application/json\r\nX-Waha-Token: ") + TestServer::kWebhookToken +
           QByteArrayLiteral("\r\nContent-Length: ") + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") +
           body;
}

} // namespace

class TestDurableAck : public QObject
{
    Q_OBJECT

private slots:
    void fullByDefault()
    {
        PipelineRig rig;
        PIPELINE_START(rig);
        QCOMPARE(synchronousOf(rig.db()), 2); // FULL
    }

    void normalWhenTheSettingRelaxesIt()
    {
        PipelineRig rig;
        rig.server.settings().sqliteSyncFull = false; // SQLITE_SYNC=normal
        PIPELINE_START(rig);
        QCOMPARE(synchronousOf(rig.db()), 1); // NORMAL
    }

    void concurrentWebhooksShareACommitAndWaitForIt();
};

void TestDurableAck::concurrentWebhooksShareACommitAndWaitForIt()
{
    PipelineRig rig;
    rig.server.settings().rateLimitPerMinute = 100000;
    PIPELINE_START(rig);
    store::Database *db = rig.db();
    const QString path = rig.server.dataDir() + QStringLiteral("/concierge.db");
    const quint16 port = QUrl(rig.server.baseUrl()).port();

    // The database thread is busy (a slow commit, a long report): the webhooks that arrive meanwhile wait together.
    std::promise<void> started;
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    db->run<bool>(
        [&started, released](store::DbContext &) -> Result<bool> {
            started.set_value();
            released.wait();
            return true;
        },
        this, [](Result<bool>) {});
    started.get_future().wait();

    constexpr int kWebhooks = 24;
    std::vector<std::unique_ptr<Delivery>> deliveries;
    const quint64 queuedBefore = db->counters().queued;
    for (int i = 0; i < kWebhooks; ++i) {
        auto delivery = std::make_unique<Delivery>();
        delivery->text = QStringLiteral("Bonjour, message durable %1").arg(i);
        delivery->socket = std::make_unique<QTcpSocket>();
        Delivery *d = delivery.get();
        connect(d->socket.get(), &QTcpSocket::readyRead, this, [d, path] {
            d->answer += d->socket->readAll();
            if (!d->acked && d->answer.contains("\r\n\r\n")) {
                d->acked = true;
                d->committedWhenAcked = committedElsewhere(path, d->text);
            }
        });
        const QByteArray body =
            FakeWaha::textWebhookBody(QStringLiteral("22176%1@c.us").arg(i, 7, 10, QLatin1Char('0')), d->text,
                                      QStringLiteral("3EB0DUR%1").arg(i));
        d->socket->connectToHost(QHostAddress::LocalHost, port);
        d->socket->write(request(port, body));
        deliveries.push_back(std::move(delivery));
    }
    // Every webhook has reached the database's queue, and none was answered.
    QTRY_VERIFY_WITH_TIMEOUT(db->counters().queued >= queuedBefore + kWebhooks, 15000);
    for (const auto &d : deliveries)
        QVERIFY2(!d->acked, d->answer.constData());

    const store::Database::Counters before = db->counters();
    quint64 transactionsAtFirstAck = 0;
    release.set_value();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(deliveries.begin(), deliveries.end(), [](auto &d) { return d->acked; }),
                             15000);
    transactionsAtFirstAck = db->counters().transactions - before.transactions;
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(deliveries.begin(), deliveries.end(), [](auto &d) { return d->acked; }),
                             15000);
    for (const auto &d : deliveries) {
        QVERIFY2(d->answer.startsWith("HTTP/1.1 200"), d->answer.constData());
        QVERIFY2(d->committedWhenAcked, qPrintable(d->text));
    }
    // How many transactions ran by the time the first 200 was read: informative only, since the messages' processing
    // (which starts with their 200s) commits batches of its own meanwhile; the exact count of one transaction for
    // the waiting inserts is proved by tests/unit/store/TestDurableCommit.
    qInfo() << "transactions from the release to the first 200:" << transactionsAtFirstAck << "for" << kWebhooks
            << "webhooks";
}

QTEST_MAIN(TestDurableAck)
#include "TestDurableAck.moc"
