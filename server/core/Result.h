#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace concierge {

// An error as a value: a stable machine code ("db_unavailable") and a message for people.
struct Error
{
    QString code;
    QString message;
};

// A value or an error. Small on purpose: C++20 has no std::expected.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing on success.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

// Adapts a Status to the Result<bool> that database jobs return.
inline Result<bool> toResult(const Status &status)
{
    return status ? Result<bool>(true) : Result<bool>(status.error());
}

} // namespace concierge
