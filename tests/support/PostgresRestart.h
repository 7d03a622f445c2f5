#pragma once

#include <QProcess>
#include <QString>

namespace concierge::testing {

// `pg_ctl restart -m fast` of the test PostgreSQL that scripts/lib/test-services.sh started, run in the background
// while the test goes on sending messages.
class PostgresRestart
{
public:
    // Why a restart cannot be done here (to QSKIP with), or empty when it can.
    static QString unavailable();

    bool start(); // false when the restart could not even begin
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    bool succeeded() const;

private:
    QProcess m_process;
};

} // namespace concierge::testing
