// RedisCache against real redis-server processes started by the test (so they can be killed and restarted), plus
// one round trip against the shared test Redis when CONCIERGE_TEST_REDIS_URL is set.
#include "store/RedisCache.h"

#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <csignal>

using concierge::store::RedisCache;
using concierge::store::RedisEndpoint;
using concierge::store::RedisOptions;
using concierge::store::SessionCache;

namespace {

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Short delays so that reconnects happen within the test's patience.
RedisOptions fastOptions()
{
    RedisOptions options;
    options.connectTimeoutMs = 1000;
    options.commandTimeoutMs = 1000;
    options.minBackoffMs = 100;
    options.maxBackoffMs = 400;
    return options;
}

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// One RESP command on a blocking socket (test side only), returning the raw first reply.
QByteArray readReply(QTcpSocket &socket)
{
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(1000))
            return {};
    QByteArray line = socket.readLine();
    if (!line.startsWith('$') || line.startsWith("$-1"))
        return line.trimmed();
    const int length = line.mid(1).trimmed().toInt();
    while (socket.bytesAvailable() < length + 2)
        if (!socket.waitForReadyRead(1000))
            return {};
    return socket.read(length + 2).left(length);
}

QByteArray rawCommands(quint16 port, const QList<QList<QByteArray>> &commands)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(500))
        return {};
    QByteArray reply;
    for (const auto &command : commands) {
        QByteArray out = '*' + QByteArray::number(command.size()) + "\r\n";
        for (const QByteArray &arg : command)
            out += '$' + QByteArray::number(arg.size()) + "\r\n" + arg + "\r\n";
        socket.write(out);
        reply = readReply(socket);
    }
    return reply; // the last command's
}

} // namespace

class TestRedisCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void parseUrl_data();
    void parseUrl();
    void setGetExpire();
    void hitCountsAndWindowExpires();
    void killedRedisFallsBackAndReconnects();
    void stalledRedisTimesOut();
    void startsDegradedWithoutRedis();
    void authAndSelect();
    void wrongPasswordDegrades();
    void deadContextIsNotCalled();
    void movedToWorkerThread();
    void deletedFromItsOwnCallback();
    void sharedTestRedis();

private:
    void startRedis(quint16 port, const QStringList &extra = {});
    void stopRedis();
    std::optional<QByteArray> getNow(SessionCache &cache, const QString &key);
    qint64 hitNow(SessionCache &cache, const QString &key, int windowSeconds);
    QString url(const QString &suffix = {}) const
    {
        return QStringLiteral("redis://") + suffix + QStringLiteral("127.0.0.1:") + QString::number(m_port);
    }

    QString m_redisServer;
    std::unique_ptr<QProcess> m_redis;
    quint16 m_port = 0;
};

void TestRedisCache::initTestCase()
{
    m_redisServer = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    g_previousHandler = qInstallMessageHandler(&captureMessage);
}

void TestRedisCache::cleanup()
{
    stopRedis();
}

void TestRedisCache::startRedis(quint16 port, const QStringList &extra)
{
    if (m_redisServer.isEmpty())
        QSKIP("redis-server is not installed");
    m_port = port;
    m_redis = std::make_unique<QProcess>();
    m_redis->setProgram(m_redisServer);
    m_redis->setArguments(QStringList{QStringLiteral("--port"), QString::number(port), QStringLiteral("--bind"),
                                      QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                                      QStringLiteral("--appendonly"), QStringLiteral("no")} +
                          extra);
    m_redis->start();
    QVERIFY2(m_redis->waitForStarted(5000), qPrintable(m_redis->errorString()));
    // Poll until it answers (a password-protected server answers -NOAUTH: still an answer).
    QTRY_VERIFY_WITH_TIMEOUT(!rawCommands(port, {{"PING"}}).isEmpty(), 10000);
}

void TestRedisCache::stopRedis()
{
    if (!m_redis)
        return;
    m_redis->kill();
    m_redis->waitForFinished(5000);
    m_redis.reset();
}

std::optional<QByteArray> TestRedisCache::getNow(SessionCache &cache, const QString &key)
{
    // The guard dies with this frame, so a late answer cannot touch the locals.
    QObject guard;
    QEventLoop loop;
    std::optional<QByteArray> result;
    bool answered = false;
    cache.get(key, &guard, [&](std::optional<QByteArray> value) {
        result = std::move(value);
        answered = true;
        loop.quit();
    });
    if (!answered) {
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    [&] { QVERIFY2(answered, "get() never answered"); }();
    return result;
}

qint64 TestRedisCache::hitNow(SessionCache &cache, const QString &key, int windowSeconds)
{
    QObject guard;
    QEventLoop loop;
    qint64 result = -1;
    cache.hit(key, windowSeconds, &guard, [&](qint64 count) {
        result = count;
        loop.quit();
    });
    if (result < 0) {
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

void TestRedisCache::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("db");
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    QTest::newRow("plain") << s("redis://127.0.0.1:56379/0") << s("") << s("127.0.0.1") << 56379 << s("") << s("") << 0;
    QTest::newRow("defaults") << s("redis://cache") << s("") << s("cache") << 6379 << s("") << s("") << 0;
    QTest::newRow("password db") << s("redis://:p%40ss@host:7000/3") << s("") << s("host") << 7000 << s("") << s("p@ss")
                                 << 3;
    QTest::newRow("acl user") << s("redis://bob:pw@host/1") << s("") << s("host") << 6379 << s("bob") << s("pw") << 1;
    QTest::newRow("tls") << s("rediss://host:6380") << s("redis_tls_unsupported") << s("") << 0 << s("") << s("") << 0;
    QTest::newRow("scheme") << s("http://host") << s("redis_url_invalid") << s("") << 0 << s("") << s("") << 0;
    QTest::newRow("no host") << s("redis://") << s("redis_url_invalid") << s("") << 0 << s("") << s("") << 0;
    QTest::newRow("bad db") << s("redis://host/abc") << s("redis_url_invalid") << s("") << 0 << s("") << s("") << 0;
    QTest::newRow("garbage") << s("not a url") << s("redis_url_invalid") << s("") << 0 << s("") << s("") << 0;
}

void TestRedisCache::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, error);
    const auto endpoint = RedisEndpoint::parse(url);
    if (!error.isEmpty()) {
        QVERIFY(!endpoint.ok());
        QCOMPARE(endpoint.error().code, error);
        QVERIFY(!RedisCache::create(url).ok());
        return;
    }
    QVERIFY2(endpoint.ok(), qPrintable(endpoint.error().message));
    QTEST(endpoint->host, "host");
    QTEST(int(endpoint->port), "port");
    QTEST(endpoint->username, "user");
    QTEST(endpoint->password, "password");
    QTEST(endpoint->db, "db");
    QVERIFY(!endpoint->describe().contains(u"p@ss"));
}

void TestRedisCache::setGetExpire()
{
    startRedis(freePort());
    auto cache = RedisCache::create(url(), fastOptions());
    QVERIFY(cache.ok());
    RedisCache &redis = **cache;
    QCOMPARE(redis.backendName(), QStringLiteral("redis"));
    // Commands made before the connection is up are queued on it, not lost.
    redis.set(QStringLiteral("early"), "queued", 60);
    QCOMPARE(getNow(redis, QStringLiteral("early")), std::optional<QByteArray>("queued"));
    QTRY_VERIFY(redis.connected());
    QVERIFY(!redis.degraded());

    const QByteArray binary("a\0b\r\nc", 6);
    redis.set(QStringLiteral("bin"), binary, 60);
    QCOMPARE(getNow(redis, QStringLiteral("bin")), std::optional<QByteArray>(binary));
    QCOMPARE(getNow(redis, QStringLiteral("missing")), std::nullopt);
    // Really in Redis, under the prefix.
    QCOMPARE(rawCommands(m_port, {{"GET", "concierge:early"}}), QByteArray("queued"));

    redis.set(QStringLiteral("short"), "v", 1);
    QCOMPARE(getNow(redis, QStringLiteral("short")), std::optional<QByteArray>("v"));
    QTRY_VERIFY_WITH_TIMEOUT(!getNow(redis, QStringLiteral("short")).has_value(), 5000);

    redis.remove(QStringLiteral("bin"));
    QCOMPARE(getNow(redis, QStringLiteral("bin")), std::nullopt);
}

void TestRedisCache::hitCountsAndWindowExpires()
{
    startRedis(freePort());
    auto cache = RedisCache::create(url(), fastOptions());
    RedisCache &redis = **cache;
    QTRY_VERIFY(redis.connected());

    // Three hits in a row, pipelined: answers come back in order.
    QList<qint64> counts;
    for (int i = 0; i < 3; ++i)
        redis.hit(QStringLiteral("rate"), 1, this, [&](qint64 n) { counts << n; });
    QTRY_COMPARE(counts, (QList<qint64>{1, 2, 3}));
    const int ttl = rawCommands(m_port, {{"PTTL", "concierge:rate"}}).mid(1).toInt();
    QVERIFY2(ttl > 0 && ttl <= 1000, QByteArray::number(ttl).constData()); // EXPIRE NX set the window once

    bool restarted = false;
    QTRY_VERIFY_WITH_TIMEOUT(restarted || (restarted = hitNow(redis, QStringLiteral("rate"), 1) == 1), 5000);
    QCOMPARE(hitNow(redis, QStringLiteral("other"), 60), 1);
}

void TestRedisCache::killedRedisFallsBackAndReconnects()
{
    startRedis(freePort());
    g_messages.clear();
    auto cache = RedisCache::create(url(), fastOptions());
    RedisCache &redis = **cache;
    QSignalSpy spy(&redis, &SessionCache::degradedChanged);
    QTRY_VERIFY(redis.connected());
    QCOMPARE(hitNow(redis, QStringLiteral("h"), 60), 1);

    // A command still in flight when the server dies is answered by the fallback.
    std::optional<std::optional<QByteArray>> pendingAnswer;
    redis.get(QStringLiteral("k"), this, [&](std::optional<QByteArray> v) { pendingAnswer = std::move(v); });
    stopRedis();
    QTRY_VERIFY(pendingAnswer.has_value());
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    QVERIFY(redis.degraded());
    QVERIFY(!redis.connected());

    // Degraded: answers come at once, from memory.
    bool answered = false;
    redis.set(QStringLiteral("k"), "fallback", 60);
    redis.get(QStringLiteral("k"), this, [&](std::optional<QByteArray> v) {
        answered = true;
        QCOMPARE(v, std::optional<QByteArray>("fallback"));
    });
    QVERIFY(answered);
    qint64 count = 0;
    redis.hit(QStringLiteral("h"), 60, this, [&](qint64 n) { count = n; });
    QCOMPARE(count, 1);

    startRedis(m_port);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 10000);
    QCOMPARE(spy.at(1).at(0).toBool(), false);
    QVERIFY(redis.connected());
    redis.set(QStringLiteral("k"), "back", 60);
    QCOMPARE(getNow(redis, QStringLiteral("k")), std::optional<QByteArray>("back"));
    QCOMPARE(rawCommands(m_port, {{"GET", "concierge:k"}}), QByteArray("back"));
    // State changes are logged once each, not per retry.
    QCOMPARE(g_messages.filter(QStringLiteral("in-memory fallback")).size(), 1);
    g_messages.clear();
}

void TestRedisCache::stalledRedisTimesOut()
{
    startRedis(freePort());
    auto cache = RedisCache::create(url(), fastOptions());
    RedisCache &redis = **cache;
    QSignalSpy spy(&redis, &SessionCache::degradedChanged);
    QTRY_VERIFY(redis.connected());
    const auto pid = pid_t(m_redis->processId());
    ::kill(pid, SIGSTOP); // connection open, nobody answers
    std::optional<qint64> count;
    redis.hit(QStringLiteral("stalled"), 60, this, [&](qint64 n) { count = n; });
    QTRY_VERIFY_WITH_TIMEOUT(count.has_value(), 5000); // the command timeout hands it to the fallback
    QCOMPARE(*count, 1);
    QCOMPARE(spy.count(), 1);
    ::kill(pid, SIGCONT);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 10000);
}

void TestRedisCache::startsDegradedWithoutRedis()
{
    if (m_redisServer.isEmpty())
        QSKIP("redis-server is not installed");
    m_port = freePort(); // nothing listens there
    auto cache = RedisCache::create(url(), fastOptions());
    RedisCache &redis = **cache;
    QSignalSpy spy(&redis, &SessionCache::degradedChanged);
    QCOMPARE(getNow(redis, QStringLiteral("x")), std::nullopt);
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(redis.degraded());
    redis.set(QStringLiteral("x"), "mem", 60);
    QCOMPARE(getNow(redis, QStringLiteral("x")), std::optional<QByteArray>("mem"));

    startRedis(m_port);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 10000);
    QVERIFY(!redis.degraded());
    QCOMPARE(getNow(redis, QStringLiteral("x")), std::nullopt); // now Redis' (empty) state, not memory's
    g_messages.clear();
}

void TestRedisCache::authAndSelect()
{
    startRedis(freePort(), {QStringLiteral("--requirepass"), QStringLiteral("s3cret-pw")});
    g_messages.clear();
    auto cache = RedisCache::create(url(QStringLiteral(":s3cret-pw@")) + QStringLiteral("/3"), fastOptions());
    RedisCache &redis = **cache;
    QTRY_VERIFY(redis.connected());
    QVERIFY(!redis.degraded());
    redis.set(QStringLiteral("db3"), "yes", 60);
    QCOMPARE(getNow(redis, QStringLiteral("db3")), std::optional<QByteArray>("yes"));
    QCOMPARE(rawCommands(m_port, {{"AUTH", "s3cret-pw"}, {"SELECT", "3"}, {"GET", "concierge:db3"}}),
             QByteArray("yes"));
    QCOMPARE(rawCommands(m_port, {{"AUTH", "s3cret-pw"}, {"GET", "concierge:db3"}}), QByteArray("$-1"));
    QVERIFY(g_messages.filter(QStringLiteral("s3cret")).isEmpty());
}

void TestRedisCache::wrongPasswordDegrades()
{
    startRedis(freePort(), {QStringLiteral("--requirepass"), QStringLiteral("right-one")});
    g_messages.clear();
    auto cache = RedisCache::create(url(QStringLiteral(":wrong-one@")), fastOptions());
    RedisCache &redis = **cache;
    QSignalSpy spy(&redis, &SessionCache::degradedChanged);
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(!redis.connected());
    QCOMPARE(hitNow(redis, QStringLiteral("h"), 60), 1);
    QVERIFY(!g_messages.isEmpty());
    QVERIFY(g_messages.filter(QStringLiteral("wrong-one")).isEmpty());
    g_messages.clear();
}

void TestRedisCache::deadContextIsNotCalled()
{
    startRedis(freePort());
    auto cache = RedisCache::create(url(), fastOptions());
    RedisCache &redis = **cache;
    QTRY_VERIFY(redis.connected());
    bool called = false;
    auto context = std::make_unique<QObject>();
    redis.get(QStringLiteral("k"), context.get(), [&](std::optional<QByteArray>) { called = true; });
    context.reset();
    // A later command on the same connection proves the first reply has been processed.
    QCOMPARE(hitNow(redis, QStringLiteral("after"), 60), 1);
    QVERIFY(!called);
    // Destroying the cache with commands in flight neither crashes nor calls back.
    redis.get(QStringLiteral("k"), this, [&](std::optional<QByteArray>) { called = true; });
    cache.value().reset();
    QVERIFY(!called);
}

void TestRedisCache::movedToWorkerThread()
{
    startRedis(freePort());
    auto cache = RedisCache::create(url(), fastOptions());
    RedisCache *redis = cache.value().release();
    QThread worker;
    redis->moveToThread(&worker); // before any event loop turn: the connection is made in the worker
    connect(&worker, &QThread::finished, redis, &QObject::deleteLater);
    worker.start();
    std::atomic<int> answered{0};
    QByteArray value; // written in the worker before `answered`, read here after
    QMetaObject::invokeMethod(redis, [&] {
        redis->set(QStringLiteral("t"), "thread", 60);
        redis->get(QStringLiteral("t"), nullptr, [&](std::optional<QByteArray> v) {
            value = v.value_or("none");
            answered.store(QThread::currentThread() == &worker ? 1 : 2);
        });
    });
    QTRY_VERIFY(answered.load() != 0);
    QCOMPARE(answered.load(), 1); // callbacks run in the cache's thread
    QCOMPARE(value, QByteArray("thread"));
    QCOMPARE(rawCommands(m_port, {{"GET", "concierge:t"}}), QByteArray("thread"));
    worker.quit();
    QVERIFY(worker.wait(5000));
}

void TestRedisCache::deletedFromItsOwnCallback()
{
    startRedis(freePort());
    auto cache = RedisCache::create(url(), fastOptions());
    QTRY_VERIFY(cache.value()->connected());
    bool deleted = false;
    int laterCalls = 0;
    cache.value()->get(QStringLiteral("a"), this, [&](std::optional<QByteArray>) {
        cache.value().reset(); // from inside hiredis' reply processing
        deleted = true;
    });
    cache.value()->get(QStringLiteral("b"), this, [&](std::optional<QByteArray>) { ++laterCalls; });
    QTRY_VERIFY(deleted);
    QCOMPARE(laterCalls, 0); // the second command died with the cache, silently
}

void TestRedisCache::sharedTestRedis()
{
    const QString sharedUrl = qEnvironmentVariable("CONCIERGE_TEST_REDIS_URL");
    if (sharedUrl.isEmpty())
        QSKIP("CONCIERGE_TEST_REDIS_URL is not set");
    auto cache = RedisCache::create(sharedUrl, fastOptions());
    QVERIFY2(cache.ok(), qPrintable(cache.error().message));
    RedisCache &redis = **cache;
    QTRY_VERIFY(redis.connected());
    const QString key = QStringLiteral("test:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    redis.set(key, "shared", 5);
    QCOMPARE(getNow(redis, key), std::optional<QByteArray>("shared"));
    QCOMPARE(hitNow(redis, key + QStringLiteral(":hits"), 5), 1);
    QCOMPARE(hitNow(redis, key + QStringLiteral(":hits"), 5), 2);
    redis.remove(key);
    redis.remove(key + QStringLiteral(":hits"));
    QCOMPARE(getNow(redis, key), std::nullopt);
}

QTEST_GUILESS_MAIN(TestRedisCache)
#include "TestRedisCache.moc"
