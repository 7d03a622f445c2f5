#pragma once

// Template bodies of Database (included at the end of Database.h).

#include <QMetaObject>
#include <QPointer>

#include <QThread>

#include <functional>
#include <future>
#include <memory>
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
    // Jobs of one group standing next to each other in a batch may run together, as one statement (PostgreSQL: one
    // round trip for all of them). groupsWith(): `other` belongs to this job's group; executeGroup() runs `jobs`
    // (this one first) and says whether all succeeded. A failed group is retried job by job (execute()).
    virtual bool groupsWith(const PendingJob & /*other*/) const { return false; }
    virtual bool executeGroup(DbContext &ctx, const std::vector<PendingJob *> & /*jobs*/) { return execute(ctx); }
    // Called once on the database thread after COMMIT (commitError null) or after the batch failed as a whole.
    // A callback for `batch->thread` may be appended to `batch` instead of being posted on its own.
    virtual void finish(const Error *commitError, Deliveries *batch = nullptr) = 0;
};

// Whom a job's result goes to: the context object, and its thread as it was when the job was queued. Read then, on
// the caller's thread: from the database thread, asking a context that is being destroyed on its own thread for its
// thread() reads an object half torn down (UBSan: invalid vptr, TestWebhookIntake at a server's shutdown).
struct Receiver
{
    explicit Receiver(QObject *context)
        : object(context)
        , thread(context ? context->thread() : nullptr)
    {
    }
    QPointer<QObject> object;
    QThread *thread = nullptr;
};

// Hands a finished job's result (or the commit's error) to `done` in `context`'s thread, unless `context` is gone.
template <typename T>
void deliver(const Receiver &context, std::function<void(Result<T>)> done, std::optional<Result<T>> result,
             const Error *commitError, Deliveries *batch)
{
    if (commitError || !result)
        result.emplace(commitError ? *commitError : Error{QStringLiteral("db_failed"), QString()});
    QObject *receiver = context.object.data();
    if (!receiver || !done)
        return; // the receiver is gone: nobody to tell
    auto call = [guard = context.object, done = std::move(done), value = std::move(*result)]() mutable {
        if (guard)
            done(std::move(value));
    };
    if (batch && batch->thread && context.thread == batch->thread) {
        batch->callbacks.push_back(std::move(call));
        return;
    }
    // Queued even when the context lives elsewhere: Qt drops the event if the context dies before it runs.
    QMetaObject::invokeMethod(receiver, std::move(call), Qt::QueuedConnection);
}

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
        deliver(m_context, std::move(m_done), std::move(m_result), commitError, batch);
    }

private:
    Database::Job<T> m_job;
    Receiver m_context;
    std::function<void(Result<T>)> m_done;
    std::optional<Result<T>> m_result;
};

// A job of a group (see PendingJob::groupsWith): `runner` runs the items of several jobs at once and returns one
// value per item, in order. Jobs group with the jobs of the same runner.
template <typename Item, typename T> class GroupedJob final : public PendingJob
{
public:
    using Runner = Database::GroupRunner<Item, T>;
    GroupedJob(Runner runner, std::shared_ptr<Item> item, QObject *context, std::function<void(Result<T>)> done)
        : m_runner(runner)
        , m_item(std::move(item))
        , m_context(context)
        , m_done(std::move(done))
    {
    }

    bool execute(DbContext &ctx) override { return executeGroup(ctx, {this}); }

    bool groupsWith(const PendingJob &other) const override
    {
        const auto *job = dynamic_cast<const GroupedJob *>(&other);
        return job && job->m_runner == m_runner;
    }

    bool executeGroup(DbContext &ctx, const std::vector<PendingJob *> &jobs) override
    {
        std::vector<Item *> items;
        items.reserve(jobs.size());
        for (PendingJob *job : jobs)
            items.push_back(static_cast<GroupedJob *>(job)->m_item.get());
        Result<std::vector<T>> values = m_runner(ctx, items);
        for (size_t i = 0; i < jobs.size(); ++i) {
            auto *job = static_cast<GroupedJob *>(jobs[i]);
            if (!values)
                job->m_result.emplace(values.error());
            else if (i < values->size())
                job->m_result.emplace(std::move(values.value()[i]));
            else
                job->m_result.emplace(Error{QStringLiteral("db_error"), QStringLiteral("a value per item expected")});
        }
        return values.ok() && values->size() == jobs.size();
    }

    void finish(const Error *commitError, Deliveries *batch) override
    {
        deliver(m_context, std::move(m_done), std::move(m_result), commitError, batch);
    }

private:
    Runner m_runner;
    std::shared_ptr<Item> m_item;
    Receiver m_context;
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

template <typename Item, typename T>
void Database::runGrouped(GroupRunner<Item, T> runner, std::shared_ptr<Item> item, QObject *context,
                          std::function<void(Result<T>)> done, Priority priority)
{
    enqueue(std::make_unique<detail::GroupedJob<Item, T>>(runner, std::move(item), context, std::move(done)), priority);
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
