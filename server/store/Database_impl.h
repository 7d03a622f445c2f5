#pragma once

// Template bodies of Database (included at the end of Database.h).

#include <QMetaObject>
#include <QPointer>

#include <QThread>

#include <functional>
#include <future>
#include <optional>
#include <vector>

namespace concierge::store::detail {

// Callbacks of one batch bound for one thread: delivered with a single posted event (one wake-up of that thread's
// event loop instead of one per job).
struct Deliveries
{
    QThread *thread = nullptr;
    std::vector<std::function<void()>> callbacks;
};

// A queued job as the database thread sees it: run inside the batch's transaction, then finished once the batch is
// settled.
class PendingJob
{
public:
    virtual ~PendingJob() = default;
    // Runs on the database thread inside the batch's transaction; false means the job failed (its changes are
    // rolled back, the other jobs' are not).
    virtual bool execute(DbContext &ctx) = 0;
    // Called once on the database thread after COMMIT (commitError null) or after the batch failed as a whole.
    // A callback for `batch->thread` may be appended to `batch` instead of being posted on its own.
    virtual void finish(const Error *commitError, Deliveries *batch = nullptr) = 0;
};

template <typename T> class CallbackJob final : public PendingJob
{
public:
    CallbackJob(Database::Job<T> job, QObject *context, std::function<void(Result<T>)> done)
        : m_job(std::move(job))
        , m_context(context)
        , m_done(std::move(done))
    {
    }

    bool execute(DbContext &ctx) override
    {
        m_result.emplace(m_job(ctx));
        return m_result->ok();
    }

    void finish(const Error *commitError, Deliveries *batch) override
    {
        if (commitError || !m_result)
            m_result.emplace(commitError ? *commitError : Error{QStringLiteral("db_failed"), QString()});
        QObject *context = m_context.data();
        if (!context || !m_done)
            return; // the receiver is gone: nobody to tell
        auto deliver = [guard = m_context, done = std::move(m_done), result = std::move(*m_result)]() mutable {
            if (guard)
                done(std::move(result));
        };
        if (batch && batch->thread && context->thread() == batch->thread) {
            batch->callbacks.push_back(std::move(deliver));
            return;
        }
        // Queued even when the context lives elsewhere: Qt drops the event if the context dies before it runs.
        QMetaObject::invokeMethod(context, std::move(deliver), Qt::QueuedConnection);
    }

private:
    Database::Job<T> m_job;
    QPointer<QObject> m_context;
    std::function<void(Result<T>)> m_done;
    std::optional<Result<T>> m_result;
};

template <typename T> class SyncJob final : public PendingJob
{
public:
    explicit SyncJob(Database::Job<T> job)
        : m_job(std::move(job))
    {
    }
    std::future<Result<T>> future() { return m_promise.get_future(); }

    bool execute(DbContext &ctx) override
    {
        m_result.emplace(m_job(ctx));
        return m_result->ok();
    }

    void finish(const Error *commitError, Deliveries *) override
    {
        if (commitError || !m_result)
            m_result.emplace(commitError ? *commitError : Error{QStringLiteral("db_failed"), QString()});
        m_promise.set_value(std::move(*m_result));
    }

private:
    Database::Job<T> m_job;
    std::promise<Result<T>> m_promise;
    std::optional<Result<T>> m_result;
};

} // namespace concierge::store::detail

namespace concierge::store {

template <typename T>
void Database::run(Job<T> job, QObject *context, std::function<void(Result<T>)> done, Priority priority)
{
    enqueue(std::make_unique<detail::CallbackJob<T>>(std::move(job), context, std::move(done)), priority);
}

template <typename T> Result<T> Database::runSync(Job<T> job)
{
    if (onDatabaseThread())
        return Error{QStringLiteral("db_deadlock"), QStringLiteral("runSync() called from the database thread")};
    auto pending = std::make_unique<detail::SyncJob<T>>(std::move(job));
    std::future<Result<T>> result = pending->future();
    enqueue(std::move(pending));
    return result.get();
}

} // namespace concierge::store
