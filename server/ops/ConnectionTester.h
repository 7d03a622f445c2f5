#pragma once

#include "config/Settings.h"

#include <QObject>
#include <QString>

#include <functional>

namespace concierge::integrations {
class CurlClient;
}

namespace concierge::ops {

struct ConnectionCheck
{
    bool ok = false;
    QString detail; // one sentence for the console; never a secret
};

enum class ExternalService { Waha, Llm, Baserow };

// "Test connection" in the console: one real, short request to WAHA, the LLM API or Baserow with the given
// settings (possibly not saved yet), on the shared asynchronous CurlClient: nothing waits on the server thread.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    static constexpr int kTimeoutMs = 8000;
    using Callback = std::function<void(ConnectionCheck)>;

    explicit ConnectionTester(integrations::CurlClient *curl, QObject *parent = nullptr);

    void test(ExternalService service, const config::Settings &settings, QObject *context, Callback done);

private:
    void testWaha(const config::Settings &s, QObject *context, Callback done);
    void testLlm(const config::Settings &s, QObject *context, Callback done);
    void testBaserow(const config::Settings &s, QObject *context, Callback done);

    integrations::CurlClient *m_curl;
};

} // namespace concierge::ops
