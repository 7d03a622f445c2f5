#include "support/PostgresRestart.h"

#include <QProcessEnvironment>

namespace concierge::testing {

QString PostgresRestart::unavailable()
{
    if (qEnvironmentVariableIsEmpty("CONCIERGE_TEST_DATABASE_URL") ||
        qEnvironmentVariableIsEmpty("CONCIERGE_TEST_SERVICES_DIR") ||
        qEnvironmentVariableIsEmpty("CONCIERGE_TEST_PG_PORT"))
        return QStringLiteral("needs the test PostgreSQL of scripts/lib/test-services.sh (CONCIERGE_TEST_DATABASE_URL,"
                              " CONCIERGE_TEST_SERVICES_DIR, CONCIERGE_TEST_PG_PORT)");
    return {};
}

bool PostgresRestart::start()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TEST_SERVICES_DIR"), qEnvironmentVariable("CONCIERGE_TEST_SERVICES_DIR"));
    env.insert(QStringLiteral("TEST_PG_PORT"), qEnvironmentVariable("CONCIERGE_TEST_PG_PORT"));
    m_process.setProcessEnvironment(env);
    m_process.start(
        QStringLiteral("bash"),
        {QStringLiteral("-c"), QStringLiteral(". '%1/../../scripts/lib/test-services.sh' && restart_test_pg")
                                   .arg(QStringLiteral(CONCIERGE_FIXTURES_DIR))});
    return m_process.waitForStarted(5000);
}

bool PostgresRestart::succeeded() const
{
    return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit &&
           m_process.exitCode() == 0;
}

} // namespace concierge::testing
