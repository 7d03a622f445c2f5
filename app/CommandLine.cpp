#include "CommandLine.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace concierge::app {

void describeApplication(const QString &name)
{
    QCoreApplication::setApplicationName(name);
    QCoreApplication::setOrganizationName(QStringLiteral("Concierge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONCIERGE_VERSION));
}

Result<config::Settings> loadSettings(const QCoreApplication &app, const QString &description, QStringList *positional,
                                      ConsoleOptions *console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption envFile(QStringLiteral("env-file"),
                                     QCoreApplication::translate("main", "Read settings from this .env file."),
                                     QStringLiteral("path"));
    const QCommandLineOption host(QStringLiteral("host"), QCoreApplication::translate("main", "Listen address (HOST)."),
                                  QStringLiteral("address"));
    const QCommandLineOption port(QStringLiteral("port"), QCoreApplication::translate("main", "Listen port (PORT)."),
                                  QStringLiteral("port"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Folder for the database and generated files (DATA_DIR)."),
        QStringLiteral("path"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Load the built-in demo parish into an empty database (DEMO_DATA)."));
    parser.addOptions({envFile, host, port, dataDir, demo});
    const QCommandLineOption connect(
        QStringLiteral("connect"),
        QCoreApplication::translate("main", "Open the console on the concierge-server at this URL (no server here)."),
        QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("main", "Username for --connect (pre-fills the login)."),
                                  QStringLiteral("name"));
    QCommandLineOption screenshots(QStringLiteral("screenshots"), QStringLiteral("Save the pages as PNG into dir."),
                                   QStringLiteral("dir"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp); // for scripts/screenshots
    if (console)
        parser.addOptions({connect, user, screenshots});
    parser.process(app);
    if (console)
        *console = ConsoleOptions{parser.value(connect), parser.value(user), parser.value(screenshots)};
    if (positional)
        *positional = parser.positionalArguments();

    config::Environment fileEnv;
    QString envPath = parser.value(envFile);
    if (envPath.isEmpty() && QFileInfo::exists(QStringLiteral(".env")))
        envPath = QStringLiteral(".env");
    if (!envPath.isEmpty()) {
        auto read = config::SettingsLoader::readEnvFile(envPath);
        if (!read)
            return read.error();
        fileEnv = read.value();
    }
    config::Environment overrides = config::SettingsLoader::processEnvironment();
    if (parser.isSet(host))
        overrides.insert(QStringLiteral("HOST"), parser.value(host));
    if (parser.isSet(port))
        overrides.insert(QStringLiteral("PORT"), parser.value(port));
    if (parser.isSet(dataDir))
        overrides.insert(QStringLiteral("DATA_DIR"), parser.value(dataDir));
    if (parser.isSet(demo))
        overrides.insert(QStringLiteral("DEMO_DATA"), QStringLiteral("true"));
    return settingsFrom(fileEnv, overrides);
}

Result<config::Settings> settingsFrom(const config::Environment &envFile, const config::Environment &overrides)
{
    // The data folder decides where the console's file is: it comes from the .env file or what overrides it.
    config::Environment env = envFile;
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        env.insert(it.key(), it.value());
    const QString consoleFile = config::SettingsLoader::dataDirOf(env) + QStringLiteral("/concierge.env");
    if (QFileInfo::exists(consoleFile)) {
        auto saved = config::SettingsLoader::readEnvFile(consoleFile);
        if (!saved)
            return saved.error();
        env = envFile;
        for (auto it = saved->begin(); it != saved->end(); ++it)
            env.insert(it.key(), it.value());
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            env.insert(it.key(), it.value());
    }
    return config::SettingsLoader::fromEnvironment(env);
}

} // namespace concierge::app
