#pragma once

#include <QObject>
#include <QString>

struct redisAsyncContext;
class QSocketNotifier;

namespace concierge::store {

// Drives one hiredis async context from the Qt event loop of the thread it lives in (our own, instead of
// hiredis' adapters/qt.h, which needs moc on a system header and old-style connects). One adapter per context:
// attach() installs the ev hooks; hiredis calls cleanup when it frees the context, after which the adapter is
// inert and can be deleted.
class RedisQtAdapter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisQtAdapter)

public:
    explicit RedisQtAdapter(QObject *parent = nullptr);
    ~RedisQtAdapter() override;

    // False when the context already has an event adapter.
    bool attach(redisAsyncContext *context);
    // Unhooks from the context without touching the socket (the owner is about to free the context itself).
    void detach();
    bool attached() const { return m_context != nullptr; }
    // True while hiredis runs from one of our notifiers: deleting the adapter then must wait (deleteLater).
    bool dispatching() const { return m_dispatching; }

private:
    static void addReadHook(void *self);
    static void delReadHook(void *self);
    static void addWriteHook(void *self);
    static void delWriteHook(void *self);
    static void cleanupHook(void *self);

    void onReadable();
    void onWritable();
    void cleanup();

    redisAsyncContext *m_context = nullptr;
    // Disabled rather than deleted when hiredis drops interest: the hooks run inside the notifiers' own signals.
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
    bool m_dispatching = false;
};

// Starts a non-blocking connection to ip:port; null with the reason in `error` when hiredis cannot even start.
redisAsyncContext *connectRedis(const QString &ip, quint16 port, QString *error);

} // namespace concierge::store
