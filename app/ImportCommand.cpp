#include "ImportCommand.h"

#include "registry/RegistryImporter.h"
#include "store/Database.h"

#include <cstdio>

namespace concierge::app {

namespace {

void printLine(FILE *stream, const QString &line)
{
    std::fprintf(stream, "%s\n", qPrintable(line));
}

} // namespace

int runImport(const config::Settings &settings, const QStringList &arguments)
{
    const auto kind = arguments.size() == 3 ? registry::importKindFromName(arguments.at(1)) : std::nullopt;
    if (!kind) {
        printLine(stderr, QStringLiteral("usage: concierge-server import parents|students|faq FILE.csv"));
        return 2;
    }
    store::Database db(store::DbConfig{settings.databaseUrl, settings.dataDir + QStringLiteral("/concierge.db"),
                                       settings.databaseSchema});
    if (Status opened = db.open(); !opened) {
        printLine(stderr, QStringLiteral("concierge-server: ") + opened.error().message);
        return 1;
    }
    auto report = registry::RegistryImporter(&db).importFile(*kind, arguments.at(2));
    db.close();
    if (!report) {
        printLine(stderr, QStringLiteral("concierge-server: ") + report.error().message);
        const QString code = report.error().code;
        const bool unreadable = code == u"io_error" || code == u"csv_malformed" || code == u"missing_column";
        return unreadable ? 2 : 1;
    }
    for (const QString &line : report->lines())
        printLine(stdout, line);
    return 0;
}

} // namespace concierge::app
